/**
 * Members: sign-up with e-mail verification, log-in, password reset, profiles, roles and personal access
 * tokens. Other modules see a member only through {@link org.hros.member.MemberDirectory} and the
 * {@link org.hros.member.MemberPrincipal} of the person signed in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members")
package org.hros.member;
