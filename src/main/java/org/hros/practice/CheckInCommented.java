package org.hros.practice;

/**
 * A member commented on someone else's check-in. Published inside the transaction that saved the comment; it
 * carries no comment text.
 *
 * @param ownerId the goal's owner, who is told
 * @param writerShownAs the comment's writer as the goal's page shows them
 * @param path the comment's place on the goal's page
 */
public record CheckInCommented(
        long commentId,
        long goalId,
        long checkInId,
        long ownerId,
        String goalTitle,
        String writerShownAs,
        String path) {}
