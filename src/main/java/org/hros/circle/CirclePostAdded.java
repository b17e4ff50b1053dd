package org.hros.circle;

import java.util.Set;

/**
 * A member replied in a clinic thread. Published inside the transaction that added the reply. Like
 * {@link CircleThreadOpened} it carries no title and no post text.
 *
 * @param writerShownAs the writer's name as the circle shows it, or {@code null} under the Chatham House rule
 * @param threadAuthor who opened the thread, to tell them of a reply to their own thread, or {@code null} when
 *     they wrote this reply or have left the circle
 * @param participants the thread's other writers still in the circle, without the opener and this reply's writer
 * @param path the reply's place on the thread's page
 */
public record CirclePostAdded(
        long circleId,
        long threadId,
        long postId,
        String circleName,
        String writerShownAs,
        Long threadAuthor,
        Set<Long> participants,
        String path) {

    public CirclePostAdded {
        participants = Set.copyOf(participants);
    }
}
