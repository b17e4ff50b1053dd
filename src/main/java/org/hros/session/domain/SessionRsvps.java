package org.hros.session.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.session.SessionSeatTaken;
import org.hros.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RSVPs: a seat while there are free ones, otherwise a place on the waiting list. Every change takes the session's
 * row lock first ({@code select … for update}), so seats are counted and given one RSVP at a time and concurrent
 * RSVPs never exceed the capacity, on one node or several. When a seat frees up, the first on the waiting list
 * gets it and {@link SessionSeatTaken} tells them by mail.
 */
@Service
public class SessionRsvps {

    private final JdbcClient jdbc;
    private final MemberDirectory members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionRsvps(JdbcClient jdbc, MemberDirectory members, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** A seat if one is free, otherwise a place on the waiting list; asking again changes nothing. */
    @Transactional
    public RsvpState rsvp(long sessionId, long memberId) {
        Locked session = lock(sessionId);
        Instant now = clock.instant();
        if (!now.isBefore(session.startsAt())) {
            throw new ConflictException("The session has started");
        }
        RsvpState current = stateOf(sessionId, memberId);
        if (current != RsvpState.NONE) {
            return current;
        }
        boolean seat = confirmedCount(sessionId) < session.capacity();
        jdbc.sql("insert into session_rsvp (session_id, member_id, status, queued_at, confirmed_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        sessionId,
                        memberId,
                        seat ? RsvpState.CONFIRMED.name() : RsvpState.WAITING.name(),
                        Timestamp.from(now),
                        seat ? Timestamp.from(now) : null)
                .update();
        if (seat) {
            events.publishEvent(new SessionSeatTaken(sessionId, memberId, false));
            return RsvpState.CONFIRMED;
        }
        return RsvpState.WAITING;
    }

    /** Gives up a seat or a waiting place; a freed seat goes to the first on the waiting list. */
    @Transactional
    public void cancel(long sessionId, long memberId) {
        lock(sessionId);
        int removed = jdbc.sql("delete from session_rsvp where session_id = ? and member_id = ?")
                .params(sessionId, memberId)
                .update();
        if (removed > 0) {
            fillFreeSeats(sessionId);
        }
    }

    /** Moves the waiting list up into free seats, first come first served. The caller holds the row lock. */
    void fillFreeSeats(long sessionId) {
        int capacity = jdbc.sql("select capacity from live_session where id = ?")
                .param(sessionId)
                .query(Integer.class)
                .single();
        int free = capacity - confirmedCount(sessionId);
        if (free <= 0) {
            return;
        }
        List<Long> next = jdbc.sql("select member_id from session_rsvp where session_id = ? and status = 'WAITING'"
                        + " order by queued_at, member_id limit ?")
                .params(sessionId, free)
                .query(Long.class)
                .list();
        Timestamp now = Timestamp.from(clock.instant());
        for (long memberId : next) {
            jdbc.sql("update session_rsvp set status = 'CONFIRMED', confirmed_at = ?"
                            + " where session_id = ? and member_id = ?")
                    .params(now, sessionId, memberId)
                    .update();
            events.publishEvent(new SessionSeatTaken(sessionId, memberId, true));
        }
    }

    @Transactional(readOnly = true)
    public RsvpState stateOf(long sessionId, long memberId) {
        return jdbc.sql("select status from session_rsvp where session_id = ? and member_id = ?")
                .params(sessionId, memberId)
                .query(String.class)
                .optional()
                .map(RsvpState::valueOf)
                .orElse(RsvpState.NONE);
    }

    /** Who RSVPed, seats first, each list in the order they came: for editors only. */
    @Transactional(readOnly = true)
    public List<AttendeeView> attendees(long sessionId) {
        record Row(long memberId, RsvpState state, Instant queuedAt) {}
        List<Row> rows = jdbc.sql("select member_id, status, queued_at from session_rsvp where session_id = ?"
                        + " order by status, queued_at, member_id")
                .param(sessionId)
                .query((rs, n) -> new Row(
                        rs.getLong("member_id"),
                        RsvpState.valueOf(rs.getString("status")),
                        rs.getTimestamp("queued_at").toInstant()))
                .list();
        Map<Long, MemberCard> cards =
                members.cards(rows.stream().map(Row::memberId).toList());
        return rows.stream()
                .filter(r -> cards.containsKey(r.memberId()))
                .map(r -> new AttendeeView(
                        cards.get(r.memberId()).displayName(),
                        cards.get(r.memberId()).handle(),
                        r.state(),
                        r.queuedAt()))
                .toList();
    }

    int confirmedCount(long sessionId) {
        return jdbc.sql("select count(*) from session_rsvp where session_id = ? and status = 'CONFIRMED'")
                .param(sessionId)
                .query(Integer.class)
                .single();
    }

    /** Takes the session's row lock for the rest of the transaction; 404 when there is no such session. */
    Locked lock(long sessionId) {
        return jdbc.sql("select capacity, starts_at from live_session where id = ? for update")
                .param(sessionId)
                .query((rs, n) -> new Locked(
                        rs.getInt("capacity"), rs.getTimestamp("starts_at").toInstant()))
                .optional()
                .orElseThrow(LiveSessions::missing);
    }

    record Locked(int capacity, Instant startsAt) {}
}
