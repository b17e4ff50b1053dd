package org.hros.session.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hros.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's live sessions, for their data export: the sessions they answered (a seat or a place on the waiting
 * list) and the sessions they hosted. Other attendees and co-hosts are left out.
 */
@Component
@Order(58)
class SessionData implements PersonalData {

    private final JdbcClient jdbc;

    SessionData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FileNote> files() {
        return List.of(new FileNote("sessions.json", "export.file.sessions"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long memberId, Archive archive) {
        List<Rsvp> rsvps = jdbc.sql("select s.id, s.title, s.kind, s.starts_at, s.duration_minutes, r.status,"
                        + " r.queued_at, r.confirmed_at from session_rsvp r join live_session s on s.id = r.session_id"
                        + " where r.member_id = ? order by s.starts_at")
                .param(memberId)
                .query((rs, i) -> new Rsvp(
                        rs.getString("title"),
                        "/sessions/" + rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getInt("duration_minutes"),
                        rs.getString("status"),
                        rs.getTimestamp("queued_at").toInstant(),
                        instant(rs.getTimestamp("confirmed_at"))))
                .list();
        List<Hosted> hosted = jdbc.sql("select s.id, s.title, s.kind, s.starts_at from live_session_host h"
                        + " join live_session s on s.id = h.session_id where h.member_id = ? order by s.starts_at")
                .param(memberId)
                .query((rs, i) -> new Hosted(
                        rs.getString(2),
                        "/sessions/" + rs.getLong(1),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        archive.json("sessions.json", new Sessions(rsvps, hosted));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** @param status CONFIRMED for a seat, WAITING for a place on the waiting list */
    record Rsvp(
            String session,
            String path,
            String kind,
            Instant startsAt,
            int minutes,
            String status,
            Instant answeredAt,
            Instant confirmedAt) {}

    record Hosted(String session, String path, String kind, Instant startsAt) {}

    record Sessions(List<Rsvp> rsvps, List<Hosted> hosted) {}
}
