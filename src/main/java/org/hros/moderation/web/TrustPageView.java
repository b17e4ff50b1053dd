package org.hros.moderation.web;

import java.util.List;
import org.hros.member.TrustLevel;
import org.hros.member.TrustStanding;

/**
 * A member's trust level as editors and admins see it, with the form to set it by hand.
 *
 * @param errorField the field a problem concerns ({@code level} or {@code reason}), or {@code null}
 * @param errorKey the message key of the problem, or {@code null}
 * @param standing the member's level and what lifts it; {@code null} when the form came back refused before the
 *     member was looked up
 * @param reason the reason as typed, kept when the form comes back with a problem
 */
public record TrustPageView(
        long memberId, String memberName, TrustStanding standing, String errorField, String errorKey, String reason) {

    public List<TrustLevel> levels() {
        return List.of(TrustLevel.values());
    }

    public String error(String field) {
        return field.equals(errorField) ? errorKey : null;
    }

    public String action() {
        return "/review/members/" + memberId + "/trust";
    }
}
