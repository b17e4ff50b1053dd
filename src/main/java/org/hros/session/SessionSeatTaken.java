package org.hros.session;

/**
 * A member got a seat at a live session: by RSVPing while seats were free, or by moving up from the waiting list
 * when someone cancelled or the capacity grew.
 *
 * @param fromWaitingList whether the seat came from the waiting list (the member is told so)
 */
public record SessionSeatTaken(long sessionId, long memberId, boolean fromWaitingList) {}
