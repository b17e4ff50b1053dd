package org.hros.search.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hros.casestudy.Section;
import org.hros.search.Facet;
import org.hros.search.domain.QueryText.Clause;

/** Turns parsed clauses and facet choices into Hibernate Search predicates over case documents. */
final class CaseQueries {

    static final float TITLE_BOOST = 3f;
    static final float TAGS_BOOST = 1.5f;
    static final float SUMMARY_BOOST = 1.3f;
    static final float FUZZY_BOOST = 0.4f;

    private CaseQueries() {}

    /**
     * Every clause may match; how many must grows with the query, so that a long question in a member's own
     * words still finds cases that answer most of it.
     */
    static int required(int clauses) {
        return clauses <= 2 ? clauses : (int) Math.ceil(clauses * 0.6);
    }

    /** The whole query: the text, the exclusions and the facet choices, leaving out {@code except}'s. */
    static PredicateFinalStep where(
            SearchPredicateFactory f, List<Clause> clauses, Map<Facet, Set<String>> filters, Facet except) {
        return f.bool(b -> {
            b.must(f.matchAll());
            List<Clause> positive = clauses.stream().filter(c -> !c.excluded()).toList();
            if (!positive.isEmpty()) {
                b.must(f.bool(t -> {
                    for (Clause c : positive) {
                        t.should(clause(f, c));
                    }
                    t.minimumShouldMatchNumber(required(positive.size()));
                }));
            }
            for (Clause c : clauses) {
                if (c.excluded()) {
                    b.mustNot(clause(f, c));
                }
            }
            filters.forEach((facet, values) -> {
                if (facet != except && !values.isEmpty()) {
                    b.filter(filter(f, facet, values));
                }
            });
        });
    }

    static PredicateFinalStep filter(SearchPredicateFactory f, Facet facet, Set<String> values) {
        if (facet == Facet.YEAR) {
            List<Integer> years = values.stream().map(Integer::valueOf).toList();
            return f.terms().field(facet.field()).matchingAny(years);
        }
        return f.terms().field(facet.field()).matchingAny(values);
    }

    private static PredicateFinalStep clause(SearchPredicateFactory f, Clause c) {
        List<PredicateFinalStep> alternatives = new ArrayList<>();
        for (List<String> words : c.alternatives()) {
            String text = String.join(" ", words);
            if (words.size() == 1) {
                alternatives.add(f.match()
                        .field(SearchFields.TITLE)
                        .boost(TITLE_BOOST)
                        .field("tags")
                        .boost(TAGS_BOOST)
                        .field(SearchFields.section(Section.SUMMARY))
                        .boost(SUMMARY_BOOST)
                        .fields(otherSections())
                        .matching(text));
            } else {
                alternatives.add(f.phrase()
                        .field(SearchFields.TITLE)
                        .boost(TITLE_BOOST)
                        .field("tags")
                        .boost(TAGS_BOOST)
                        .field(SearchFields.section(Section.SUMMARY))
                        .boost(SUMMARY_BOOST)
                        .fields(otherSections())
                        .matching(text));
            }
        }
        if (c.maxEdits() > 0) {
            alternatives.add(f.match()
                    .field(SearchFields.PLAIN)
                    .matching(c.typed().get(0))
                    .fuzzy(c.maxEdits(), 1)
                    .boost(FUZZY_BOOST));
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        return f.bool(b -> alternatives.forEach(b::should));
    }

    private static String[] otherSections() {
        return SearchFields.sections().stream()
                .filter(s -> !s.equals(SearchFields.section(Section.SUMMARY)))
                .toArray(String[]::new);
    }
}
