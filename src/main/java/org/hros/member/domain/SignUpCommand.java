package org.hros.member.domain;

/** A new member's details as the sign-up form or a loader gives them; validated by the caller's form. */
public record SignUpCommand(String email, String displayName, String password) {}
