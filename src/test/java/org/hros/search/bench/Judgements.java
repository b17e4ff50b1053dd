package org.hros.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The judged query set over the demo community, from {@code src/test/resources/search/judgements.yaml}. */
public final class Judgements {

    /** A query and the grade (1–3) of each relevant demo case, keyed by its file name without {@code .yml}. */
    public record Judged(String query, Map<String, Integer> grades) {}

    private Judgements() {}

    public static List<Judged> load() {
        try (InputStream in = Judgements.class.getResourceAsStream("/search/judgements.yaml")) {
            if (in == null) {
                throw new IllegalStateException("search/judgements.yaml is not on the class path");
            }
            List<Map<String, Object>> entries = new Yaml().load(in);
            return entries.stream()
                    .map(e -> {
                        Map<String, Integer> grades = new LinkedHashMap<>();
                        @SuppressWarnings("unchecked")
                        Map<String, Object> relevant = (Map<String, Object>) e.get("relevant");
                        relevant.forEach((k, v) -> grades.put(k, ((Number) v).intValue()));
                        return new Judged((String) e.get("query"), grades);
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
