package org.hros.request.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.hros.request.RequestChanged;
import org.hros.shared.ModeratedContent;
import org.hros.shared.SubjectType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests as moderation sees them. A hidden request leaves the board, its page (for all but its poster), the API,
 * the feed, search and the radar, and keeps its votes, offers and thread for restoring.
 */
@Component
class RequestModeration implements ModeratedContent {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestModeration(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SubjectType type() {
        return SubjectType.REQUEST;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Item> find(long id) {
        return jdbc.sql("select title, slug, description_markdown, author_id, hidden_at is not null from request"
                        + " where id = ?")
                .param(id)
                .query((rs, i) -> new Item(
                        id,
                        rs.getString(1),
                        rs.getString(3),
                        RequestPaths.of(id, rs.getString(2)),
                        rs.getLong(4),
                        rs.getBoolean(5),
                        "/review/requests/" + id))
                .optional();
    }

    @Override
    @Transactional
    public void hide(long id) {
        if (jdbc.sql("update request set hidden_at = ? where id = ? and hidden_at is null")
                        .params(Timestamp.from(clock.instant()), id)
                        .update()
                > 0) {
            events.publishEvent(new RequestChanged(id));
        }
    }

    @Override
    @Transactional
    public void restore(long id) {
        if (jdbc.sql("update request set hidden_at = null where id = ? and hidden_at is not null")
                        .param(id)
                        .update()
                > 0) {
            events.publishEvent(new RequestChanged(id));
        }
    }
}
