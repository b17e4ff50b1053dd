package org.hros.search.domain.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hros.search.domain.indexing.SearchFields;
import org.hros.search.domain.query.QueryText.Clause;

/**
 * Parsed clauses as predicates over request and reply documents: the same reading of a query as for cases
 * ({@link CaseQueries}), on their own fields.
 */
public final class CommunityQueries {

    /** A request's fields and their weights. */
    public static final Map<String, Float> REQUEST_FIELDS = fields("title", 3f, "tags", 1.5f, "description", 1f);

    /** A reply's one field. */
    public static final Map<String, Float> REPLY_FIELDS = fields("body", 1f);

    private CommunityQueries() {}

    /**
     * The words and exclusions of a query; {@code required} of the positive clauses must match (all of them when
     * null, as for a search; fewer when matching a half-typed title).
     */
    public static PredicateFinalStep text(
            SearchPredicateFactory f, List<Clause> clauses, Map<String, Float> fields, Integer required) {
        List<Clause> positive = clauses.stream().filter(c -> !c.excluded()).toList();
        return f.bool(b -> {
            b.must(f.matchAll());
            for (Clause c : positive) {
                if (c.exact()) {
                    b.must(f.phrase().field(SearchFields.PLAIN).matching(String.join(" ", c.typed())));
                }
            }
            if (!positive.isEmpty()) {
                b.must(f.bool(t -> {
                    for (Clause c : positive) {
                        t.should(clause(f, c, fields));
                    }
                    t.minimumShouldMatchNumber(required == null ? CaseQueries.required(positive.size()) : required);
                }));
            }
            for (Clause c : clauses) {
                if (c.excluded()) {
                    b.mustNot(clause(f, c, fields));
                }
            }
        });
    }

    private static PredicateFinalStep clause(SearchPredicateFactory f, Clause c, Map<String, Float> fields) {
        List<PredicateFinalStep> alternatives = new ArrayList<>();
        for (List<String> words : c.alternatives()) {
            String text = String.join(" ", words);
            if (words.size() == 1) {
                var match = f.match().field(first(fields)).boost(fields.get(first(fields)));
                for (Map.Entry<String, Float> e : fields.entrySet()) {
                    if (!e.getKey().equals(first(fields))) {
                        match = match.field(e.getKey()).boost(e.getValue());
                    }
                }
                alternatives.add(match.matching(text));
            } else {
                var phrase = f.phrase().field(first(fields)).boost(fields.get(first(fields)));
                for (Map.Entry<String, Float> e : fields.entrySet()) {
                    if (!e.getKey().equals(first(fields))) {
                        phrase = phrase.field(e.getKey()).boost(e.getValue());
                    }
                }
                alternatives.add(phrase.matching(text));
            }
        }
        if (c.maxEdits() > 0) {
            alternatives.add(f.match()
                    .field(SearchFields.PLAIN)
                    .matching(c.typed().get(0))
                    .fuzzy(c.maxEdits(), 1)
                    .boost(CaseQueries.FUZZY_BOOST));
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        return f.bool(b -> alternatives.forEach(b::should));
    }

    private static String first(Map<String, Float> fields) {
        return fields.keySet().iterator().next();
    }

    private static Map<String, Float> fields(Object... namesAndBoosts) {
        Map<String, Float> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndBoosts.length; i += 2) {
            fields.put((String) namesAndBoosts[i], (Float) namesAndBoosts[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(fields);
    }
}
