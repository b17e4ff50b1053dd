package org.hros.member.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Signing up and logging in are for everyone; invitations to join are the editors'; a profile is its member's.
 */
@Component
class MemberUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone(
                        "/signup",
                        "/login",
                        "/login/admin",
                        "/verify",
                        "/verify/resend",
                        "/password-reset",
                        "/password-reset/new"),
                UrlRule.editor("/invitations", "/invitations/**"),
                UrlRule.member(
                        "/waiting",
                        "/mentions",
                        "/profile",
                        "/profile/time-zone",
                        "/profile/tokens",
                        "/profile/tokens/*/revoke",
                        "/profile/sign-in",
                        "/profile/sign-in/*/remove",
                        "/profile/sign-in/link/*"));
    }
}
