package org.hros.home.web;

import java.util.List;
import org.hros.platform.web.FormView;
import org.hros.request.PublicRequest;

/**
 * One step of the welcome.
 *
 * @param step {@code interests}, {@code requests} or {@code circles}
 * @param requests for the requests step: requests on the member's topics still waiting for an answer
 */
public record WelcomeView(String step, FormView<InterestsForm> interests, List<PublicRequest> requests) {

    /** The message key saying which step this is. */
    public String stepMessage() {
        return "welcome.step." + step;
    }

    public String next() {
        return switch (step) {
            case "interests" -> "requests";
            case "requests" -> "circles";
            default -> null;
        };
    }
}
