package org.hros.casestudy.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.AttributionView;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.CaseView;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.shared.PublicTimes;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Many published cases read at once, as {@link CatalogQueries#read} reads one: five queries for the whole batch
 * (the current revisions, every case's revision list, the sections, the topics, the skills) and one member look-up
 * for the named authors, instead of six or seven queries per case. For rebuilding search documents at size.
 */
@Component
class CurrentCases {

    private final JdbcClient jdbc;
    private final AttributionPolicy attribution;

    CurrentCases(JdbcClient jdbc, AttributionPolicy attribution) {
        this.jdbc = jdbc;
        this.attribution = attribution;
    }

    /** Those of {@code ids} that anyone may read now, at their latest revision, in the order asked. */
    List<CaseView> read(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] caseIds = ids.toArray(Long[]::new);
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("select c.id as case_id, c.attribution, c.role_descriptor, c.author_id, c.sample,"
                        + " c.published_revision, r.id, r.type, r.title, r.slug, r.outcome, r.size_band, r.industry,"
                        + " r.region, r.team_size, r.context_year, r.licence, r.vendor_disclosure, r.published_at"
                        + " from case_study c join case_revision r on r.case_id = c.id"
                        + " and r.revision_no = c.published_revision where c.id = any(?) and c.published_revision > 0"
                        + " and c.withdrawn_at is null and c.hidden_at is null")
                .param(caseIds)
                .query((rs, i) -> new Row(
                        rs.getLong("case_id"),
                        new AttributionPolicy.Credit(
                                rs.getLong("case_id"),
                                AttributionMode.valueOf(rs.getString("attribution")),
                                rs.getString("role_descriptor"),
                                rs.getLong("author_id")),
                        rs.getBoolean("sample"),
                        rs.getInt("published_revision"),
                        rs.getLong("id"),
                        CaseType.valueOf(rs.getString("type")),
                        rs.getString("title"),
                        rs.getString("slug"),
                        Outcome.valueOf(rs.getString("outcome")),
                        CatalogQueries.context(rs),
                        Licence.valueOf(rs.getString("licence")),
                        rs.getString("vendor_disclosure"),
                        rs.getTimestamp("published_at").toInstant()))
                .list()
                .forEach(row -> rows.put(row.caseId, row));
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] found = rows.keySet().toArray(Long[]::new);
        Long[] revisionIds = rows.values().stream().map(Row::revisionId).toArray(Long[]::new);
        Map<Long, List<CaseView.RevisionRef>> revisions = new HashMap<>();
        jdbc.sql("select case_id, revision_no, published_at from case_revision where case_id = any(?)"
                        + " order by case_id, revision_no desc")
                .param(found)
                .query((rs, i) -> {
                    long caseId = rs.getLong(1);
                    boolean unnamed = rows.get(caseId).credit.mode() != AttributionMode.NAMED;
                    return Map.entry(
                            caseId,
                            new CaseView.RevisionRef(
                                    rs.getInt(2),
                                    PublicTimes.shown(rs.getTimestamp(3).toInstant(), unnamed)));
                })
                .list()
                .forEach(e -> revisions
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<Long, Map<String, String>> sections = new HashMap<>();
        jdbc.sql("select revision_id, section, html from case_revision_section where revision_id = any(?)")
                .param(revisionIds)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .forEach(s -> sections.computeIfAbsent(Long.valueOf(s[0]), k -> new LinkedHashMap<>())
                        .put(s[1], s[2]));
        Map<Long, List<Topic>> topics = tags(revisionIds, "topic", "case_revision_topic", Topic.class);
        Map<Long, List<Skill>> skills = tags(revisionIds, "skill", "case_revision_skill", Skill.class);
        Map<Long, AttributionView> credits =
                attribution.publicViews(rows.values().stream().map(Row::credit).toList());
        List<CaseView> views = new ArrayList<>(rows.size());
        for (Long id : ids) {
            Row row = rows.get(id);
            if (row == null) {
                continue;
            }
            boolean unnamed = row.credit.mode() != AttributionMode.NAMED;
            List<CaseView.RevisionRef> refs = revisions.get(id);
            Map<String, String> html = sections.getOrDefault(row.revisionId, Map.of());
            views.add(new CaseView(
                    id,
                    row.revision,
                    row.revision,
                    row.type,
                    row.title,
                    row.slug,
                    row.outcome,
                    Section.of(row.type).stream()
                            .filter(s -> html.containsKey(s.key())
                                    && !html.get(s.key()).isBlank())
                            .map(s -> new CaseView.SectionView(s, html.get(s.key())))
                            .toList(),
                    topics.getOrDefault(row.revisionId, List.of()),
                    skills.getOrDefault(row.revisionId, List.of()),
                    row.context,
                    row.licence,
                    row.vendorDisclosure,
                    PublicTimes.shown(row.publishedAt, unnamed),
                    refs.get(refs.size() - 1).publishedAt(),
                    credits.get(id),
                    row.sample,
                    List.copyOf(refs)));
        }
        return views;
    }

    private <E extends Vocabulary> Map<Long, List<E>> tags(
            Long[] revisionIds, String column, String table, Class<E> type) {
        Map<Long, List<E>> tags = new HashMap<>();
        jdbc.sql("select revision_id, " + column + " from " + table + " where revision_id = any(?)"
                        + " order by revision_id, " + column)
                .param(revisionIds)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(e -> Vocabulary.fromSlug(type, e.getValue())
                        .ifPresent(tag -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                .add(tag)));
        return tags;
    }

    private record Row(
            long caseId,
            AttributionPolicy.Credit credit,
            boolean sample,
            int revision,
            long revisionId,
            CaseType type,
            String title,
            String slug,
            Outcome outcome,
            CaseContext context,
            Licence licence,
            String vendorDisclosure,
            java.time.Instant publishedAt) {}
}
