package org.hros.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.FacetIndex;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compares the listing's facet counts from a search index with a direct SQL count of the published library: for
 * each filter of {@link #FILTERS}, each value of each dimension must count what the listing would list with that
 * value chosen under the other choices. With cases of varied form, outcome, tags and context to count.
 */
public final class FacetCountCheck {

    private static final String LIBRARY = " from case_revision r join case_study c on c.id = r.case_id"
            + " where r.current and c.withdrawn_at is null and c.hidden_at is null";

    /** Filter combinations to compare under: none, one, several, and all seven dimensions chosen. */
    public static final List<CaseFilter> FILTERS = List.of(
            CaseFilter.ANY,
            new CaseFilter(null, Outcome.FAILURE, null, null, null, null, null),
            new CaseFilter(null, null, Topic.of("sourcing"), null, null, null, null),
            new CaseFilter(null, Outcome.FAILURE, null, null, Industry.of("retail"), SizeBand.of("201-500"), null),
            new CaseFilter(CaseType.SPARK, null, null, Skill.of("writing"), null, null, null),
            new CaseFilter(null, Outcome.SUCCESS, Topic.of("onboarding"), null, null, null, Region.of("europe")),
            new CaseFilter(
                    CaseType.CASE_STUDY,
                    Outcome.MIXED,
                    Topic.of("dei"),
                    Skill.of("seo"),
                    Industry.of("energy"),
                    SizeBand.of("1-50"),
                    Region.of("africa")));

    private FacetCountCheck() {}

    /** Fails unless the index's counts equal SQL's for every filter of {@link #FILTERS}. */
    public static void assertIndexCountsEqualSql(FacetIndex index, JdbcClient jdbc) {
        for (CaseFilter filter : FILTERS) {
            Map<String, Map<String, Long>> counted = index.count(slugs(filter))
                    .orElseThrow(() -> new AssertionError("the index gave no counts under " + filter));
            Map<String, Map<String, Long>> expected = sqlCounts(jdbc, filter);
            for (String dimension : FacetIndex.DIMENSIONS) {
                assertThat(nonZero(counted.get(dimension)))
                        .as("%s under %s", dimension, filter)
                        .isEqualTo(expected.get(dimension));
            }
        }
    }

    /** The filter's choices as the address writes them. */
    public static Map<String, String> slugs(CaseFilter f) {
        Map<String, String> slugs = new LinkedHashMap<>();
        if (f.type() != null) slugs.put("type", f.type().slug());
        if (f.outcome() != null) slugs.put("outcome", f.outcome().slug());
        if (f.topic() != null) slugs.put("topic", f.topic().slug());
        if (f.skill() != null) slugs.put("skill", f.skill().slug());
        if (f.industry() != null) slugs.put("industry", f.industry().slug());
        if (f.size() != null) slugs.put("size", f.size().slug());
        if (f.region() != null) slugs.put("region", f.region().slug());
        return slugs;
    }

    /** For each dimension, each value present in the library with the count a direct SQL query gives. */
    public static Map<String, Map<String, Long>> sqlCounts(JdbcClient jdbc, CaseFilter filter) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (String dimension : FacetIndex.DIMENSIONS) {
            Map<String, Long> values = new HashMap<>();
            for (String value : stored(jdbc, dimension)) {
                StringBuilder sql = new StringBuilder("select count(*)" + LIBRARY);
                List<Object> params = new ArrayList<>();
                Map<String, String> choices = stored(filter);
                choices.put(dimension, value);
                choices.forEach((d, v) -> {
                    sql.append(condition(d));
                    params.add(v);
                });
                long n = jdbc.sql(sql.toString())
                        .params(params)
                        .query(Long.class)
                        .single();
                if (n > 0) {
                    values.put(slug(dimension, value), n);
                }
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    /** The values of a dimension as stored in the revisions. */
    private static List<String> stored(JdbcClient jdbc, String dimension) {
        String sql = switch (dimension) {
            case "topic" -> "select distinct topic from case_revision_topic";
            case "skill" -> "select distinct skill from case_revision_skill";
            default ->
                "select distinct " + column(dimension) + " from case_revision where " + column(dimension)
                        + " is not null";
        };
        return jdbc.sql(sql).query(String.class).list();
    }

    private static Map<String, String> stored(CaseFilter f) {
        Map<String, String> choices = new HashMap<>();
        if (f.type() != null) choices.put("type", f.type().name());
        if (f.outcome() != null) choices.put("outcome", f.outcome().name());
        if (f.topic() != null) choices.put("topic", f.topic().slug());
        if (f.skill() != null) choices.put("skill", f.skill().slug());
        if (f.industry() != null) choices.put("industry", f.industry().slug());
        if (f.size() != null) choices.put("size", f.size().slug());
        if (f.region() != null) choices.put("region", f.region().slug());
        return choices;
    }

    private static String condition(String dimension) {
        return switch (dimension) {
            case "topic" ->
                " and exists (select 1 from case_revision_topic t where t.revision_id = r.id and t.topic = ?)";
            case "skill" ->
                " and exists (select 1 from case_revision_skill s where s.revision_id = r.id and s.skill = ?)";
            default -> " and r." + column(dimension) + " = ?";
        };
    }

    private static String column(String dimension) {
        return switch (dimension) {
            case "size" -> "size_band";
            default -> dimension;
        };
    }

    private static String slug(String dimension, String stored) {
        return switch (dimension) {
            case "type" -> CaseType.valueOf(stored).slug();
            case "outcome" -> Outcome.valueOf(stored).slug();
            default -> stored;
        };
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> values = new HashMap<>();
        if (counts != null) {
            counts.forEach((k, v) -> {
                if (v > 0) {
                    values.put(k, v);
                }
            });
        }
        return values;
    }

    /** The {@code i}th of a set of cases that differ in every dimension; every fifth tells no context. */
    public static CaseCommand variant(int i) {
        Topic[] topics = {Topic.of("sourcing"), Topic.of("onboarding"), Topic.of("dei"), Topic.of("careers-site")};
        Skill[] skills = {Skill.of("writing"), Skill.of("seo"), Skill.of("data-analysis")};
        Industry[] industries = {Industry.of("retail"), Industry.of("fintech"), Industry.of("energy")};
        SizeBand[] sizes = {SizeBand.of("201-500"), SizeBand.of("1-50"), SizeBand.of("5001-plus")};
        Region[] regions = {Region.of("europe"), Region.of("africa"), Region.of("global"), Region.of("asia-pacific")};
        List<Topic> tagged = i % 2 == 0 ? List.of(topics[i % 4]) : List.of(topics[i % 4], topics[(i + 1) % 4]);
        List<Skill> skilled = i % 4 == 3 ? List.of() : List.of(skills[i % 3]);
        // Every fifth case tells no context: counted under no industry, size or region.
        CaseContext context = i % 5 == 4
                ? CaseContext.EMPTY
                : new CaseContext(sizes[i % 3], industries[(i / 2) % 3], regions[i % 4], 5, 2024);
        return command(
                i % 3 == 0 ? CaseType.SPARK : CaseType.CASE_STUDY,
                "Facet fixture " + i + " on hiring",
                Outcome.values()[i % 3],
                tagged,
                skilled,
                context);
    }

    public static CaseCommand command(
            CaseType type, String title, Outcome outcome, List<Topic> topics, List<Skill> skills, CaseContext context) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : Section.of(type)) {
            sections.put(s, "Text for **" + s.key() + "** of " + title + ".");
        }
        return new CaseCommand(
                type,
                title,
                outcome,
                topics,
                skills,
                context,
                Licence.CC_BY_4_0,
                "None.",
                AttributionMode.NAMED,
                null,
                sections,
                null,
                null,
                null);
    }
}
