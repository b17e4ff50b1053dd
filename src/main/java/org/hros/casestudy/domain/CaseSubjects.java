package org.hros.casestudy.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hros.casestudy.AttributionMode;
import org.hros.shared.PublicSubjects;
import org.hros.shared.SubjectInfo;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published cases as subjects of discussion and reactions. Whether a member speaks as a case's author is
 * answered here, next to {@link AttributionPolicy}, so the author's id never leaves the case library.
 */
@Component
@Transactional(readOnly = true)
class CaseSubjects implements PublicSubjects {

    private final JdbcClient jdbc;

    CaseSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SubjectType type() {
        return SubjectType.CASE;
    }

    @Override
    public Optional<SubjectInfo> find(long id) {
        return jdbc.sql("select r.title, r.slug from case_revision r join case_study c on c.id = r.case_id"
                        + " where r.current and c.withdrawn_at is null and c.hidden_at is null and r.case_id = ?")
                .param(id)
                .query((rs, i) -> new SubjectInfo(
                        new SubjectRef(SubjectType.CASE, id), rs.getString(1), "/cases/" + id + "/" + rs.getString(2)))
                .optional();
    }

    /** One query for a whole page or batch of cases, e.g. the subjects of the replies search indexes. */
    @Override
    public Map<Long, SubjectInfo> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, SubjectInfo> found = new HashMap<>();
        jdbc.sql("select r.case_id, r.title, r.slug from case_revision r join case_study c on c.id = r.case_id"
                        + " where r.current and c.withdrawn_at is null and c.hidden_at is null and r.case_id = any(?)")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong(1);
                    found.put(
                            id,
                            new SubjectInfo(
                                    new SubjectRef(SubjectType.CASE, id),
                                    rs.getString(2),
                                    "/cases/" + id + "/" + rs.getString(3)));
                });
        return found;
    }

    @Override
    public boolean speaksAsAuthor(long id, long memberId) {
        return jdbc.sql("select attribution from case_study where id = ? and author_id = ?")
                .params(id, memberId)
                .query(String.class)
                .optional()
                .map(mode -> AttributionPolicy.authorSpeaksUnderPseudonym(AttributionMode.valueOf(mode)))
                .orElse(false);
    }

    /** One query for a whole list of members, e.g. everyone who reacted to the case. */
    @Override
    public Set<Long> speakingAsAuthor(long id, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> found = new HashSet<>();
        jdbc.sql("select author_id, attribution from case_study where id = ? and author_id = any(?)")
                .params(id, memberIds.toArray(Long[]::new))
                .query(rs -> {
                    if (AttributionPolicy.authorSpeaksUnderPseudonym(AttributionMode.valueOf(rs.getString(2)))) {
                        found.add(rs.getLong(1));
                    }
                });
        return found;
    }

    /** One query for many cases, e.g. every reply of a batch whose time is shown by the day under the pseudonym. */
    @Override
    public Map<Long, Set<Long>> speakingAsAuthor(Map<Long, ? extends Collection<Long>> memberIdsBySubject) {
        if (memberIdsBySubject.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> found = new HashMap<>();
        jdbc.sql("select id, author_id, attribution from case_study where id = any(?)")
                .param(memberIdsBySubject.keySet().toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong(1);
                    long authorId = rs.getLong(2);
                    if (memberIdsBySubject.get(id).contains(authorId)
                            && AttributionPolicy.authorSpeaksUnderPseudonym(AttributionMode.valueOf(rs.getString(3)))) {
                        found.put(id, Set.of(authorId));
                    }
                });
        return found;
    }
}
