package org.hros.casestudy.domain;

import java.util.List;
import org.hros.casestudy.CaseEvidence;
import org.hros.casestudy.Outcome;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current revision of every published, not withdrawn case, read in one query for the radar's jobs. */
@Service
@Transactional(readOnly = true)
class CaseEvidenceQueries implements CaseEvidence {

    private final JdbcClient jdbc;

    CaseEvidenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseFact> publishedFacts() {
        return jdbc.sql("select r.case_id, r.title, r.excerpt, r.outcome, c.helpful_count,"
                        + " (select min(f.published_at) from case_revision f where f.case_id = r.case_id) as first_at,"
                        + " (select string_agg(t.topic, ',') from case_revision_topic t where t.revision_id = r.id)"
                        + " as topics,"
                        + " (select string_agg(s.skill, ',') from case_revision_skill s where s.revision_id = r.id)"
                        + " as skills"
                        + " from case_revision r join case_study c on c.id = r.case_id"
                        + " where r.current and c.withdrawn_at is null and c.hidden_at is null order by r.case_id")
                .query((rs, i) -> new CaseFact(
                        rs.getLong("case_id"),
                        rs.getString("title"),
                        rs.getString("excerpt"),
                        Outcome.valueOf(rs.getString("outcome")),
                        Vocabulary.parseAll(Topic.class, rs.getString("topics")),
                        Vocabulary.parseAll(Skill.class, rs.getString("skills")),
                        rs.getTimestamp("first_at").toInstant(),
                        rs.getLong("helpful_count")))
                .list();
    }
}
