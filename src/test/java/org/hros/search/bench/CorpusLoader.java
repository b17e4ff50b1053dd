package org.hros.search.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.sql.DataSource;
import org.hros.search.bench.GeneratedCorpus.GeneratedCase;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.Vocabulary;

/**
 * Writes a generated library straight into the database in JDBC batches: the published cases as the case
 * library stores them (case, current revision, topics, skills; enough for result cards) and their search
 * documents. Nothing goes through the editor flow, and nothing is indexed here: the caller runs the mass
 * indexer afterwards. For benchmarks only.
 */
public final class CorpusLoader {

    private static final int BATCH = 1000;

    private final DataSource dataSource;

    public CorpusLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts cases {@code 0..count-1} of {@code corpus} by {@code authorId}; returns case number to case id. */
    public long[] load(GeneratedCorpus corpus, int count, long authorId) throws SQLException {
        long[] ids = new long[count];
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement study = c.prepareStatement(
                            "insert into case_study (type, status, author_id, attribution, title, slug, outcome,"
                                    + " topics, skills, size_band, industry, region, team_size, context_year, licence,"
                                    + " vendor_disclosure, published_revision, created_at, updated_at, submitted_at)"
                                    + " values (?, 'PUBLISHED', ?, 'NAMED', ?, ?, ?, ?, ?, ?, ?, ?, 5, ?, ?, 'None.', 1,"
                                    + " ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement revision = c.prepareStatement(
                            "insert into case_revision (case_id, revision_no, current, type, title, slug, outcome,"
                                    + " size_band, industry, region, team_size, context_year, licence,"
                                    + " vendor_disclosure, excerpt, published_at)"
                                    + " values (?, 1, true, ?, ?, ?, ?, ?, ?, ?, 5, ?, ?, 'None.', ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement topic =
                            c.prepareStatement("insert into case_revision_topic (revision_id, topic) values (?, ?)");
                    PreparedStatement skill =
                            c.prepareStatement("insert into case_revision_skill (revision_id, skill) values (?, ?)");
                    PreparedStatement slug = c.prepareStatement("insert into case_slug (case_id, slug) values (?, ?)");
                    PreparedStatement document = c.prepareStatement(SearchDocumentColumns.INSERT)) {
                for (int from = 0; from < count; from += BATCH) {
                    int to = Math.min(count, from + BATCH);
                    GeneratedCase[] batch = new GeneratedCase[to - from];
                    for (int i = from; i < to; i++) {
                        GeneratedCase g = corpus.generate(i);
                        batch[i - from] = g;
                        Timestamp at = Timestamp.from(now.minus(count - i, ChronoUnit.MINUTES));
                        study.setString(1, g.type());
                        study.setLong(2, authorId);
                        study.setString(3, g.title());
                        study.setString(4, slugOf(g));
                        study.setString(5, g.outcome());
                        study.setString(6, String.join(",", g.topics()));
                        study.setString(7, String.join(",", g.skills()));
                        study.setString(8, g.sizeBand());
                        study.setString(9, industry(g).slug());
                        study.setString(10, region(g).slug());
                        study.setInt(11, g.year());
                        study.setString(12, g.licence());
                        study.setTimestamp(13, at);
                        study.setTimestamp(14, at);
                        study.setTimestamp(15, at);
                        study.addBatch();
                    }
                    study.executeBatch();
                    keys(study, ids, from);
                    for (int i = from; i < to; i++) {
                        GeneratedCase g = batch[i - from];
                        revision.setLong(1, ids[i]);
                        revision.setString(2, g.type());
                        revision.setString(3, g.title());
                        revision.setString(4, slugOf(g));
                        revision.setString(5, g.outcome());
                        revision.setString(6, g.sizeBand());
                        revision.setString(7, industry(g).slug());
                        revision.setString(8, region(g).slug());
                        revision.setInt(9, g.year());
                        revision.setString(10, g.licence());
                        String first = g.sections().values().iterator().next();
                        revision.setString(11, first.length() > 390 ? first.substring(0, 390) : first);
                        revision.setTimestamp(12, Timestamp.from(now.minus(count - i, ChronoUnit.MINUTES)));
                        revision.addBatch();
                        slug.setLong(1, ids[i]);
                        slug.setString(2, slugOf(g));
                        slug.addBatch();
                    }
                    revision.executeBatch();
                    long[] revisionIds = new long[to - from];
                    keys(revision, revisionIds, 0);
                    for (int i = from; i < to; i++) {
                        GeneratedCase g = batch[i - from];
                        for (String t : g.topics()) {
                            topic.setLong(1, revisionIds[i - from]);
                            topic.setString(2, t);
                            topic.addBatch();
                        }
                        for (String s : g.skills()) {
                            skill.setLong(1, revisionIds[i - from]);
                            skill.setString(2, s);
                            skill.addBatch();
                        }
                        SearchDocumentColumns.bind(
                                document,
                                ids[i],
                                g,
                                industry(g),
                                region(g),
                                Timestamp.from(now.minus(count - i, ChronoUnit.MINUTES)));
                        document.addBatch();
                    }
                    topic.executeBatch();
                    skill.executeBatch();
                    slug.executeBatch();
                    document.executeBatch();
                    c.commit();
                }
            }
        }
        return ids;
    }

    private static void keys(PreparedStatement statement, long[] into, int offset) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            int i = offset;
            while (keys.next()) {
                into[i++] = keys.getLong(1);
            }
        }
    }

    private static String slugOf(GeneratedCase g) {
        String slug = g.title().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    private static Industry industry(GeneratedCase g) {
        return Vocabulary.fromSlug(Industry.class, g.industry()).orElseThrow();
    }

    private static Region region(GeneratedCase g) {
        return Vocabulary.fromSlug(Region.class, g.region()).orElseThrow();
    }

    /** The search module's document table, as its migration defines it. */
    static final class SearchDocumentColumns {

        static final String INSERT = "insert into case_document (id, revision, type, outcome, topics, skills,"
                + " industry, size_band, region, context_year, licence, title, summary, challenge, what_we_did,"
                + " results, wrong, differently, lessons, why, what, how, learnings, published_at, helpful)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

        private static final String[] SECTIONS = {
            "summary",
            "challenge",
            "whatWeDid",
            "results",
            "wrong",
            "differently",
            "lessons",
            "why",
            "what",
            "how",
            "learnings"
        };

        static void bind(PreparedStatement s, long id, GeneratedCase g, Industry industry, Region region, Timestamp at)
                throws SQLException {
            s.setLong(1, id);
            s.setString(2, g.type());
            s.setString(3, g.outcome());
            s.setString(4, String.join(",", g.topics()));
            s.setString(5, String.join(",", g.skills()));
            s.setString(6, industry.slug());
            s.setString(7, g.sizeBand());
            s.setString(8, region.slug());
            s.setInt(9, g.year());
            s.setString(10, g.licence());
            s.setString(11, g.title());
            Map<String, String> sections = g.sections();
            for (int i = 0; i < SECTIONS.length; i++) {
                s.setString(12 + i, sections.get(SECTIONS[i]));
            }
            s.setTimestamp(12 + SECTIONS.length, at);
        }
    }
}
