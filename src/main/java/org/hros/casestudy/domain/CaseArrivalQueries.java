package org.hros.casestudy.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseArrivals;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.shared.Skill;
import org.hros.shared.Vocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New arrivals in the library: two queries, one for which cases were first published in the stretch (with their
 * skills), one for their cards through the catalogue, so attribution is decided where it always is.
 */
@Service
@Transactional(readOnly = true)
class CaseArrivalQueries implements CaseArrivals {

    private final JdbcClient jdbc;
    private final CaseCatalog catalog;

    CaseArrivalQueries(JdbcClient jdbc, CaseCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public List<NewCase> firstPublishedBetween(Instant from, Instant until, int limit) {
        record Arrival(long caseId, Instant firstPublishedAt, List<Skill> skills) {}
        List<Arrival> arrivals = jdbc.sql("select f.case_id, f.first_published,"
                        + " array(select s.skill from case_revision_skill s where s.revision_id = r.id"
                        + " order by s.skill) as skills"
                        + " from (select case_id, min(published_at) as first_published from case_revision"
                        + " group by case_id having min(published_at) >= ? and min(published_at) < ?) f"
                        + " join case_revision r on r.case_id = f.case_id and r.current"
                        + " join case_study c on c.id = f.case_id and c.withdrawn_at is null and c.hidden_at is null"
                        + " order by f.first_published desc, f.case_id desc limit ?")
                .params(Timestamp.from(from), Timestamp.from(until), limit)
                .query((rs, n) -> new Arrival(
                        rs.getLong("case_id"),
                        rs.getTimestamp("first_published").toInstant(),
                        skills((Object[]) rs.getArray("skills").getArray())))
                .list();
        if (arrivals.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseCard> cards = new HashMap<>();
        catalog.cards(arrivals.stream().map(Arrival::caseId).toList()).forEach(c -> cards.put(c.id(), c));
        List<NewCase> found = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            CaseCard card = cards.get(arrival.caseId());
            if (card != null) {
                found.add(new NewCase(card, arrival.skills(), arrival.firstPublishedAt()));
            }
        }
        return found;
    }

    private static List<Skill> skills(Object[] slugs) {
        List<Skill> skills = new ArrayList<>();
        for (Object slug : slugs) {
            Vocabulary.fromSlug(Skill.class, (String) slug).ifPresent(skills::add);
        }
        return skills;
    }
}
