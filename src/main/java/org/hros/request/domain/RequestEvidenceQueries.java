package org.hros.request.domain;

import java.time.Instant;
import java.util.List;
import org.hros.request.RequestEvidence;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests and votes read in one query each for the radar's jobs; no poster, no voter. */
@Service
@Transactional(readOnly = true)
class RequestEvidenceQueries implements RequestEvidence {

    private static final String NOT_MERGED =
            " (r.close_reason is null or r.close_reason <> 'DUPLICATE') and r.hidden_at is null";

    private final JdbcClient jdbc;

    RequestEvidenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RequestFact> requestFacts() {
        return jdbc.sql("select r.id, r.title, r.topics, r.skills, r.status, r.created_at from request r where"
                        + NOT_MERGED + " order by r.id")
                .query((rs, i) -> new RequestFact(
                        rs.getLong("id"),
                        rs.getString("title"),
                        Vocabulary.parseAll(Topic.class, rs.getString("topics")),
                        Vocabulary.parseAll(Skill.class, rs.getString("skills")),
                        List.of("OPEN", "SOURCING", "IN_PROGRESS").contains(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Override
    public List<VoteFact> votesSince(Instant since) {
        return jdbc.sql("select v.request_id, v.created_at from request_vote v join request r on r.id = v.request_id"
                        + " where v.created_at >= ? and" + NOT_MERGED)
                .param(java.sql.Timestamp.from(since))
                .query((rs, i) -> new VoteFact(
                        rs.getLong("request_id"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
