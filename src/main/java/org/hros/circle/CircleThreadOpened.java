package org.hros.circle;

import java.util.Set;

/**
 * A member opened a clinic thread in a circle. Published inside the transaction that opened it.
 *
 * <p>It carries no title and no post text: notices about a circle name the circle and what happened, and link to
 * it, so nothing a member wrote there is ever put in an e-mail.
 *
 * @param writerShownAs the opener's name as the circle shows it, or {@code null} under the Chatham House rule
 * @param audience the circle's other members when it was opened
 * @param path the thread's page
 */
public record CircleThreadOpened(
        long circleId, long threadId, String circleName, String writerShownAs, Set<Long> audience, String path) {

    public CircleThreadOpened {
        audience = Set.copyOf(audience);
    }
}
