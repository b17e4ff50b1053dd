package org.hros.session.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hros.track.TrackSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells a track's page which sessions covered its cases or requests, in one query. */
@Component
class SessionsForTracks implements TrackSessions {

    private final JdbcClient jdbc;
    private final Clock clock;

    SessionsForTracks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionLink> about(Collection<Long> caseIds, Collection<Long> requestIds, int limit) {
        if (caseIds.isEmpty() && requestIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Long[] cases = caseIds.toArray(Long[]::new);
        Long[] requests = requestIds.toArray(Long[]::new);
        return jdbc.sql("select s.id, s.title, s.starts_at, s.starts_at < ? as past from live_session s"
                        + " where s.born_from_request_id = any(?)"
                        + " or exists (select 1 from live_session_case c where c.session_id = s.id and c.case_id = any(?))"
                        + " or exists (select 1 from live_session_request r where r.session_id = s.id"
                        + " and r.request_id = any(?))"
                        + " order by past, case when s.starts_at >= ? then s.starts_at end,"
                        + " case when s.starts_at < ? then s.starts_at end desc, s.id limit ?")
                .params(Timestamp.from(now), requests, cases, requests, Timestamp.from(now), Timestamp.from(now), limit)
                .query((rs, n) -> new SessionLink(
                        rs.getString("title"),
                        "/sessions/" + rs.getLong("id"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getBoolean("past")))
                .list();
    }
}
