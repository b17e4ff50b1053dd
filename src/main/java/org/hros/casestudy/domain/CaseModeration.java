package org.hros.casestudy.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.hros.casestudy.CaseRestored;
import org.hros.casestudy.CaseWithdrawn;
import org.hros.shared.ModeratedContent;
import org.hros.shared.SubjectType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published cases as moderation sees them. Hiding one takes it out of the library, its page (for all but its
 * author), the API, feeds and search, as a withdrawal does, but keeps everything for restoring.
 */
@Component
class CaseModeration implements ModeratedContent {

    private static final int TEXT_LIMIT = 4000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseModeration(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SubjectType type() {
        return SubjectType.CASE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Item> find(long id) {
        return jdbc.sql("select r.id, r.title, r.slug, c.author_id, c.hidden_at is not null from case_study c"
                        + " join case_revision r on r.case_id = c.id and r.current"
                        + " where c.id = ? and c.withdrawn_at is null and c.published_revision > 0")
                .param(id)
                .query((rs, i) -> new Item(
                        id,
                        rs.getString(2),
                        text(rs.getLong(1)),
                        "/cases/" + id + "/" + rs.getString(3),
                        rs.getLong(4),
                        rs.getBoolean(5),
                        null))
                .optional();
    }

    @Override
    @Transactional
    public void hide(long id) {
        int changed = jdbc.sql("update case_study set hidden_at = ? where id = ? and hidden_at is null"
                        + " and withdrawn_at is null and published_revision > 0")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        if (changed > 0) {
            events.publishEvent(new CaseWithdrawn(id));
        }
    }

    @Override
    @Transactional
    public void restore(long id) {
        int changed = jdbc.sql("update case_study set hidden_at = null where id = ? and hidden_at is not null")
                .param(id)
                .update();
        if (changed > 0) {
            events.publishEvent(new CaseRestored(id));
        }
    }

    /** The case's words as its author wrote them (Markdown), section after section, for editors to judge. */
    private String text(long revisionId) {
        String text = String.join(
                "\n\n",
                jdbc.sql("select markdown from case_revision_section where revision_id = ? order by section")
                        .param(revisionId)
                        .query(String.class)
                        .list());
        return text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) + "…" : text;
    }
}
