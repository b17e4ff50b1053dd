package org.hros.session.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hros.session.SessionCatalog;
import org.hros.session.SessionEntry;
import org.hros.session.SessionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sessions for the feeds: what, when and the summary; never hosts' or attendees' private data. */
@Component
class SessionEntries implements SessionCatalog {

    private final JdbcClient jdbc;

    SessionEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionEntry> recentlyChanged(int limit) {
        return jdbc.sql("select id, title, kind, summary_html, starts_at, duration_minutes, updated_at, topics"
                        + " from live_session order by updated_at desc, id desc limit ?")
                .param(limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionEntry> entry(long sessionId) {
        return jdbc.sql("select id, title, kind, summary_html, starts_at, duration_minutes, updated_at, topics"
                        + " from live_session where id = ?")
                .param(sessionId)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    private static SessionEntry entry(ResultSet rs) throws SQLException {
        return new SessionEntry(
                rs.getLong("id"),
                rs.getString("title"),
                "/sessions/" + rs.getLong("id"),
                SessionKind.valueOf(rs.getString("kind")),
                rs.getString("summary_html"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("duration_minutes"),
                rs.getTimestamp("updated_at").toInstant(),
                SessionQueries.topics(rs.getString("topics")));
    }
}
