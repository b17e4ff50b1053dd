package org.hros.session.domain;

import java.util.List;
import org.hros.request.RequestSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells a request's page which sessions were born from it. */
@Component
class SessionsForRequests implements RequestSessions {

    private final JdbcClient jdbc;

    SessionsForRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BornSession> bornFrom(long requestId) {
        return jdbc.sql("select id, title, starts_at from live_session where born_from_request_id = ?"
                        + " order by starts_at, id")
                .param(requestId)
                .query((rs, n) -> new BornSession(
                        rs.getString("title"),
                        "/sessions/" + rs.getLong("id"),
                        rs.getTimestamp("starts_at").toInstant()))
                .list();
    }
}
