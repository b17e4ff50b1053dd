package org.hros.request.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hros.request.CloseReason;
import org.hros.request.PublicRequest;
import org.hros.request.RequestCatalog;
import org.hros.request.RequestStatus;
import org.hros.shared.Industry;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests for other modules: what anyone may read of them, never the poster. */
@Service
@Transactional(readOnly = true)
class PublicRequests implements RequestCatalog {

    private static final String SELECT = "select r.id, r.slug, r.title, r.description_html, r.topics, r.skills,"
            + " r.size_band, r.industry, r.status, r.close_reason, r.created_at,"
            + " (select count(*) from request_vote v where v.request_id = r.id) as votes,"
            + " (select coalesce(string_agg(c.case_id::text, ',' order by c.case_id), '') from request_case c"
            + " where c.request_id = r.id) as case_ids from request r where r.hidden_at is null";

    /** At most this many ids go into one query. */
    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    PublicRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PublicRequest> read(long requestId) {
        return jdbc.sql(SELECT + " and r.id = ?")
                .param(requestId)
                .query(PublicRequests::row)
                .optional();
    }

    @Override
    public List<PublicRequest> read(Collection<Long> requestIds) {
        List<Long> ids = requestIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, PublicRequest> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            jdbc.sql(SELECT + " and r.id = any(?)")
                    .param(batch.toArray(Long[]::new))
                    .query(PublicRequests::row)
                    .list()
                    .forEach(r -> found.put(r.id(), r));
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<PublicRequest> newest(int limit) {
        return jdbc.sql(SELECT
                        + " and r.close_reason is distinct from 'DUPLICATE' order by r.created_at desc, r.id desc"
                        + " limit ?")
                .param(limit)
                .query(PublicRequests::row)
                .list();
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql(
                        "select id from request where close_reason is distinct from 'DUPLICATE' and hidden_at is null order by id")
                .query(Long.class)
                .list();
    }

    @Override
    public List<PublicRequest> waitingOnTopics(Collection<Topic> topics, int limit) {
        if (topics.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " and r.status in ('OPEN', 'SOURCING', 'IN_PROGRESS')"
                        + " and string_to_array(r.topics, ',') && cast(? as text[]) order by votes desc, r.created_at desc, r.id desc"
                        + " limit ?")
                .param(topics.stream().map(Topic::slug).toArray(String[]::new))
                .param(limit)
                .query(PublicRequests::row)
                .list();
    }

    @Override
    public List<PublicRequest> waitingOnSkill(Skill skill, int limit) {
        return jdbc.sql(SELECT + " and r.status in ('OPEN', 'SOURCING', 'IN_PROGRESS')"
                        + " and cast(? as text) = any(string_to_array(r.skills, ','))"
                        + " order by votes desc, r.created_at desc, r.id desc limit ?")
                .param(skill.slug())
                .param(limit)
                .query(PublicRequests::row)
                .list();
    }

    @Override
    public List<PublicRequest> openedSince(Instant since, int limit) {
        return jdbc.sql(SELECT + " and r.created_at > ? and r.close_reason is distinct from 'DUPLICATE'"
                        + " order by r.created_at desc, r.id desc limit ?")
                .param(java.sql.Timestamp.from(since))
                .param(limit)
                .query(PublicRequests::row)
                .list();
    }

    private static PublicRequest row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        return new PublicRequest(
                id,
                rs.getString("title"),
                RequestPaths.of(id, rs.getString("slug")),
                rs.getString("description_html"),
                List.copyOf(Vocabulary.parseAll(Topic.class, rs.getString("topics"))),
                List.copyOf(Vocabulary.parseAll(Skill.class, rs.getString("skills"))),
                rs.getString("size_band") == null ? null : Vocabulary.stored(SizeBand.class, rs.getString("size_band")),
                rs.getString("industry") == null ? null : Vocabulary.stored(Industry.class, rs.getString("industry")),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getString("close_reason") == null ? null : CloseReason.valueOf(rs.getString("close_reason")),
                rs.getLong("votes"),
                rs.getTimestamp("created_at").toInstant(),
                ids(rs.getString("case_ids")));
    }

    private static List<Long> ids(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : java.util.Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }
}
