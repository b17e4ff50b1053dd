package org.hros.search.domain.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hros.search.Facet;
import org.hros.search.domain.indexing.SearchFields;
import org.hros.search.domain.query.QueryText.Clause;

/** Turns parsed clauses and facet choices into Hibernate Search predicates over case documents. */
public final class CaseQueries {

    /**
     * A word is ranked on the whole case ({@code text}), plus its title and tags. The sections are matched with a
     * weight too small to change the order: only so that a match can name its section and be marked.
     */
    public static final float TEXT_BOOST = 1f;

    public static final float TITLE_BOOST = 1f;
    public static final float TAGS_BOOST = 0.5f;
    static final float SECTION_BOOST = 0.01f;
    static final float FUZZY_BOOST = 0.4f;
    /** Words of the query found near one another, in its order or not, count for more than scattered ones. */
    static final float PROXIMITY_BOOST = 1.5f;

    static final int PROXIMITY_SLOP = 3;

    private CaseQueries() {}

    /**
     * Any word may find a case: BM25 ranks a case with more of the words, rarer words and words in its title
     * higher, so requiring most of the words would only hide cases written in other words.
     */
    static int required(int clauses) {
        return Math.min(clauses, 1);
    }

    /** The whole query: the text, the exclusions and the facet choices, leaving out {@code except}'s. */
    public static PredicateFinalStep where(
            SearchPredicateFactory f, List<Clause> clauses, Map<Facet, Set<String>> filters, Facet except) {
        return f.bool(b -> {
            b.must(f.matchAll());
            List<Clause> exact = clauses.stream().filter(Clause::exact).toList();
            List<Clause> loose =
                    clauses.stream().filter(c -> !c.excluded() && !c.exact()).toList();
            for (Clause c : exact) {
                b.must(exact(f, c));
            }
            if (!loose.isEmpty()) {
                PredicateFinalStep words = f.bool(t -> {
                    for (Clause c : loose) {
                        t.should(clause(f, c));
                    }
                    t.minimumShouldMatchNumber(required(loose.size()));
                });
                if (exact.isEmpty()) {
                    b.must(words);
                } else {
                    b.should(words);
                }
            }
            proximity(f, loose).ifPresent(b::should);
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

    /**
     * What any result must satisfy besides its words: the facet choices (but {@code except}'s), the exact phrases
     * and the exclusions. Cases found by meaning are held to it too.
     */
    public static PredicateFinalStep constraints(
            SearchPredicateFactory f, List<Clause> clauses, Map<Facet, Set<String>> filters, Facet except) {
        return f.bool(b -> {
            b.must(f.matchAll());
            for (Clause c : clauses) {
                if (c.exact()) {
                    b.filter(f.phrase().field(SearchFields.PLAIN).matching(String.join(" ", c.typed())));
                } else if (c.excluded()) {
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

    /**
     * A quoted phrase, word for word: required on the unstemmed catch-all field; the same phrase on the stemmed
     * fields only adds to the score and marks the snippet.
     */
    static PredicateFinalStep exact(SearchPredicateFactory f, Clause c) {
        String text = String.join(" ", c.typed());
        return f.bool(b -> {
            b.must(f.phrase().field(SearchFields.PLAIN).matching(text));
            b.should(f.phrase()
                    .field(SearchFields.TEXT)
                    .boost(TEXT_BOOST)
                    .field(SearchFields.TITLE)
                    .boost(TITLE_BOOST)
                    .fields(sections())
                    .boost(SECTION_BOOST)
                    .matching(text));
        });
    }

    /** The typed words close together (within {@link #PROXIMITY_SLOP} moves), when there are two or more. */
    static java.util.Optional<PredicateFinalStep> proximity(SearchPredicateFactory f, List<Clause> loose) {
        List<String> words = new ArrayList<>();
        for (Clause c : loose) {
            words.addAll(c.typed());
        }
        if (words.size() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(f.phrase()
                .field(SearchFields.TEXT)
                .matching(String.join(" ", words))
                .slop(PROXIMITY_SLOP)
                .boost(PROXIMITY_BOOST));
    }

    private static PredicateFinalStep clause(SearchPredicateFactory f, Clause c) {
        List<PredicateFinalStep> alternatives = new ArrayList<>();
        for (List<String> words : c.alternatives()) {
            String text = String.join(" ", words);
            if (words.size() == 1) {
                alternatives.add(f.match()
                        .field(SearchFields.TEXT)
                        .boost(TEXT_BOOST)
                        .field(SearchFields.TITLE)
                        .boost(TITLE_BOOST)
                        .field("tags")
                        .boost(TAGS_BOOST)
                        .fields(sections())
                        .boost(SECTION_BOOST)
                        .matching(text));
            } else {
                alternatives.add(f.phrase()
                        .field(SearchFields.TEXT)
                        .boost(TEXT_BOOST)
                        .field(SearchFields.TITLE)
                        .boost(TITLE_BOOST)
                        .field("tags")
                        .boost(TAGS_BOOST)
                        .fields(sections())
                        .boost(SECTION_BOOST)
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

    private static String[] sections() {
        return SearchFields.sections().toArray(String[]::new);
    }
}
