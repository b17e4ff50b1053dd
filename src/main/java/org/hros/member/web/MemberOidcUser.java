package org.hros.member.web;

import org.hros.member.MemberPrincipal;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The provider's user, with the member they log in as. It lives only for the callback request: the success handler
 * replaces it with the member, so that every page and check sees the same principal as after a password log-in.
 */
final class MemberOidcUser extends DefaultOidcUser {

    private final MemberPrincipal member;

    MemberOidcUser(OidcUser user, MemberPrincipal member) {
        super(member.getAuthorities(), user.getIdToken(), user.getUserInfo());
        this.member = member;
    }

    MemberPrincipal member() {
        return member;
    }

    @Override
    public String getName() {
        // Never the provider's subject or address: logs and rate limits name members by their HROS identity.
        return member.getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberOidcUser that && super.equals(that) && member.id() == that.member.id();
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + Long.hashCode(member.id());
    }
}
