package org.hros.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL that moves a word in the two ways modules store words: a comma-separated list of slugs in a text column
 * (kept sorted and without duplicates, as {@link Vocabulary#joinAll} writes it) and a plain slug column. Each
 * module's {@link VocabularyUsage} names its own tables and columns.
 */
public final class VocabularyColumns {

    private VocabularyColumns() {}

    /** How many rows list the word in {@code column}, a comma-separated list. */
    public static long countListed(JdbcClient jdbc, String table, String column, String slug) {
        return jdbc.sql("select count(*) from " + table + " where ? = any(string_to_array(" + column + ", ','))")
                .param(slug)
                .query(Long.class)
                .single();
    }

    /** Replaces the word in every list that has it, once even where the list had both. */
    public static long moveListed(JdbcClient jdbc, String table, String column, String from, String into) {
        return jdbc.sql("update " + table + " set " + column + " = (select string_agg(distinct w, ',' order by w)"
                        + " from unnest(array_replace(string_to_array(" + column + ", ','), ?, ?)) w)"
                        + " where ? = any(string_to_array(" + column + ", ','))")
                .params(from, into, from)
                .update();
    }

    /** How many rows hold the word in {@code column}. */
    public static long count(JdbcClient jdbc, String table, String column, String slug) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    public static long move(JdbcClient jdbc, String table, String column, String from, String into) {
        return jdbc.sql("update " + table + " set " + column + " = ? where " + column + " = ?")
                .params(into, from)
                .update();
    }
}
