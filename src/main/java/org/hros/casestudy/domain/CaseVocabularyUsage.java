package org.hros.casestudy.domain;

import org.hros.shared.VocabularyColumns;
import org.hros.shared.VocabularyKind;
import org.hros.shared.VocabularyUsage;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases carry topics and skills (on the working copy and in every revision's side tables) and their context's
 * industry, size band and region (on both). A merge counts cases, moves the working copies and every revision, so
 * old revisions read the same as the current one.
 */
@Component
@Order(0)
class CaseVocabularyUsage implements VocabularyUsage {

    private final JdbcClient jdbc;

    CaseVocabularyUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String countKey(VocabularyKind kind) {
        return "vocabulary.usage.cases";
    }

    @Override
    public long count(VocabularyKind kind, String slug) {
        return switch (kind) {
            case TOPIC -> tagged("case_revision_topic", "topic", "topics", slug);
            case SKILL -> tagged("case_revision_skill", "skill", "skills", slug);
            case INDUSTRY -> context("industry", slug);
            case SIZE -> context("size_band", slug);
            case REGION -> context("region", slug);
        };
    }

    @Override
    public long move(VocabularyKind kind, String from, String into) {
        return switch (kind) {
            case TOPIC -> moveTagged("case_revision_topic", "topic", "topics", from, into);
            case SKILL -> moveTagged("case_revision_skill", "skill", "skills", from, into);
            case INDUSTRY -> moveContext("industry", from, into);
            case SIZE -> moveContext("size_band", from, into);
            case REGION -> moveContext("region", from, into);
        };
    }

    private long tagged(String table, String column, String list, String slug) {
        return jdbc.sql("select count(*) from case_study c where ? = any(string_to_array(c." + list + ", ','))"
                        + " or exists (select 1 from case_revision r join " + table + " t on t.revision_id = r.id"
                        + " where r.case_id = c.id and t." + column + " = ?)")
                .params(slug, slug)
                .query(Long.class)
                .single();
    }

    private long context(String column, String slug) {
        return jdbc.sql("select count(*) from case_study c where c." + column + " = ? or exists"
                        + " (select 1 from case_revision r where r.case_id = c.id and r." + column + " = ?)")
                .params(slug, slug)
                .query(Long.class)
                .single();
    }

    private long moveTagged(String table, String column, String list, String from, String into) {
        long cases = tagged(table, column, list, from);
        jdbc.sql("insert into " + table + " (revision_id, " + column + ") select revision_id, ? from " + table
                        + " where " + column + " = ? on conflict do nothing")
                .params(into, from)
                .update();
        jdbc.sql("delete from " + table + " where " + column + " = ?")
                .param(from)
                .update();
        VocabularyColumns.moveListed(jdbc, "case_study", list, from, into);
        return cases;
    }

    private long moveContext(String column, String from, String into) {
        long cases = context(column, from);
        VocabularyColumns.move(jdbc, "case_study", column, from, into);
        VocabularyColumns.move(jdbc, "case_revision", column, from, into);
        return cases;
    }
}
