package org.hros.search.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The search evaluation set ({@code src/test/resources/search/eval/batch-*.yml}): cases and judged queries
 * written independently of the search code, before it was tuned, each batch in its own theme area. A query is
 * judged against the cases of its batch. The queries at odd positions of each batch (1st, 3rd, …) form the
 * development half, the others the test half: settings are chosen on the first, figures reported on the second.
 */
public record EvaluationSet(List<EvalCase> cases, List<Judged> queries) {

    public enum Half {
        DEVELOPMENT,
        TEST
    }

    public record EvalCase(String id, CaseCommand command) {}

    /** A query, its voice (keyword, abbreviation, typo, question, paraphrase, long, informal) and its grades. */
    public record Judged(String query, String voice, Map<String, Integer> grades, Half half) {}

    public static EvaluationSet load() {
        List<EvalCase> cases = new ArrayList<>();
        List<Judged> queries = new ArrayList<>();
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath:search/eval/batch-*.yml");
            java.util.Arrays.sort(
                    files, (a, b) -> String.valueOf(a.getFilename()).compareTo(b.getFilename()));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                    for (Map<String, Object> c : list(yaml.get("cases"))) {
                        cases.add(new EvalCase((String) c.get("id"), command(c)));
                    }
                    int position = 0;
                    for (Map<String, Object> q : list(yaml.get("queries"))) {
                        position++;
                        Map<String, Integer> grades = new LinkedHashMap<>();
                        map(q.get("relevant")).forEach((k, v) -> grades.put(k, ((Number) v).intValue()));
                        queries.add(new Judged(
                                (String) q.get("query"),
                                (String) q.get("voice"),
                                grades,
                                position % 2 == 1 ? Half.DEVELOPMENT : Half.TEST));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EvaluationSet(List.copyOf(cases), List.copyOf(queries));
    }

    public List<Judged> half(Half half) {
        return queries.stream().filter(q -> q.half() == half).toList();
    }

    private static CaseCommand command(Map<String, Object> c) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        map(c.get("sections"))
                .forEach((key, text) -> sections.put(Section.fromKey(key).orElseThrow(), (String) text));
        CaseContext context = new CaseContext(
                SizeBand.of((String) c.get("sizeBand")),
                Vocabulary.fromSlug(Industry.class, (String) c.get("industry")).orElseThrow(),
                Vocabulary.fromSlug(Region.class, (String) c.get("region")).orElseThrow(),
                null,
                ((Number) c.get("year")).intValue());
        return new CaseCommand(
                CaseType.valueOf((String) c.get("type")),
                (String) c.get("title"),
                Outcome.valueOf((String) c.get("outcome")),
                strings(c.get("topics")).stream()
                        .map(t -> Vocabulary.fromSlug(Topic.class, t).orElseThrow())
                        .toList(),
                strings(c.get("skills")).stream()
                        .map(s -> Vocabulary.fromSlug(Skill.class, s).orElseThrow())
                        .toList(),
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

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return o == null ? List.of() : (List<String>) o;
    }
}
