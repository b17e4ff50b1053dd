package org.hros.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A logged-in member's wish to link an account they have at a provider, kept in their session between the button
 * they pressed and the provider's answer. It is used once, only for the provider it names, and only within ten
 * minutes; nothing else can set it, since the button is a form posted with the session's CSRF token.
 */
final class ProviderLinking {

    static final Duration VALID_FOR = Duration.ofMinutes(10);

    /** Set on the request when the provider's answer linked an account, so the success handler says so. */
    static final String LINKED = ProviderLinking.class.getName() + ".LINKED";

    private static final String INTENT = ProviderLinking.class.getName() + ".INTENT";

    private ProviderLinking() {}

    static void start(HttpSession session, long memberId, String registration, Instant now) {
        session.setAttribute(INTENT, new Intent(memberId, registration, now.plus(VALID_FOR)));
    }

    /** The member who asked to link an account at this provider, forgetting the wish either way. */
    static Optional<Long> take(HttpServletRequest request, String registration, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(INTENT) instanceof Intent intent)) {
            return Optional.empty();
        }
        session.removeAttribute(INTENT);
        return intent.registration().equals(registration) && now.isBefore(intent.until())
                ? Optional.of(intent.memberId())
                : Optional.empty();
    }

    private record Intent(long memberId, String registration, Instant until) implements Serializable {}
}
