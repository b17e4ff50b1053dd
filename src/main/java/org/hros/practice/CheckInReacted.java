package org.hros.practice;

/**
 * A member cheered a check-in or found it useful (the first time; taking it back and giving it again is not news).
 * Published inside the transaction that saved it.
 *
 * @param ownerId the goal's owner, who is told
 * @param reactorId who reacted, for the notice's key only
 * @param reactorShownAs their name, as the goal's page shows it beside their comments
 * @param path the check-in's place on the goal's page
 */
public record CheckInReacted(
        long goalId,
        long checkInId,
        long ownerId,
        String goalTitle,
        long reactorId,
        String reactorShownAs,
        CheckInReaction reaction,
        String path) {}
