package org.hros.search.domain.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;

/**
 * Typo tolerance without rebuilding the same automata for every search. A fuzzy term is matched through Levenshtein
 * automata that Lucene builds from the typed word alone, for every query and every word of five letters or more —
 * most of the work of a typical search. They depend on nothing but the word, so the last {@link #CAPACITY} words'
 * automata are kept and handed to Lucene's own fuzzy term enumeration, which then skips building them: the same
 * terms, the same scores.
 */
final class FuzzyAutomata {

    static final int CAPACITY = 512;

    private static final String AUTOMATON_ATTRIBUTE = "org.apache.lucene.search.FuzzyTermsEnum$AutomatonAttributeImpl";

    private record Key(Term term, int maxEdits, int prefixLength, boolean transpositions) {}

    private static final Cache<Key, AttributeImpl> BUILT =
            Caffeine.newBuilder().maximumSize(CAPACITY).recordStats().build();

    private FuzzyAutomata() {}

    /** The kept automata, for their metrics ({@link QueryPlans#bindTo}). */
    static Cache<?, ?> built() {
        return BUILT;
    }

    /** The query with each fuzzy term replaced by one that reuses its automata; the rest untouched. */
    static Query reuse(Query query) {
        if (query instanceof FuzzyQuery fuzzy && fuzzy.getClass() == FuzzyQuery.class) {
            return new Reusing(fuzzy);
        }
        if (query instanceof BoostQuery boost) {
            Query inner = reuse(boost.getQuery());
            return inner == boost.getQuery() ? query : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof ConstantScoreQuery constant) {
            Query inner = reuse(constant.getQuery());
            return inner == constant.getQuery() ? query : new ConstantScoreQuery(inner);
        }
        if (query instanceof BooleanQuery bool) {
            List<BooleanClause> clauses = new ArrayList<>();
            boolean changed = false;
            for (BooleanClause c : bool.clauses()) {
                Query inner = reuse(c.getQuery());
                changed |= inner != c.getQuery();
                clauses.add(new BooleanClause(inner, c.getOccur()));
            }
            if (!changed) {
                return query;
            }
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            builder.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            clauses.forEach(builder::add);
            return builder.build();
        }
        return query;
    }

    /** A fuzzy query like the one given, whose term enumeration starts from automata built before. */
    private static final class Reusing extends FuzzyQuery {

        private final Key key;

        Reusing(FuzzyQuery original) {
            super(
                    original.getTerm(),
                    original.getMaxEdits(),
                    original.getPrefixLength(),
                    maxExpansions(original),
                    original.getTranspositions());
            setRewriteMethod(original.getRewriteMethod());
            this.key = new Key(
                    original.getTerm(),
                    original.getMaxEdits(),
                    original.getPrefixLength(),
                    original.getTranspositions());
        }

        @Override
        protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
            AttributeImpl built = BUILT.getIfPresent(key);
            if (built != null) {
                // Lucene's fuzzy enumeration adds its automaton attribute only if none is there yet, and builds
                // the automata only if that attribute holds none.
                atts.addAttributeImpl(built.clone());
                return super.getTermsEnum(terms, atts);
            }
            TermsEnum terms0 = super.getTermsEnum(terms, atts);
            AttributeImpl fresh = automata(atts);
            if (fresh != null) {
                BUILT.put(key, fresh.clone());
            }
            return terms0;
        }

        private static AttributeImpl automata(AttributeSource atts) {
            for (Iterator<AttributeImpl> it = atts.getAttributeImplsIterator(); it.hasNext(); ) {
                AttributeImpl impl = it.next();
                if (impl.getClass().getName().equals(AUTOMATON_ATTRIBUTE)) {
                    return impl;
                }
            }
            return null;
        }

        private static int maxExpansions(FuzzyQuery original) {
            MultiTermQuery.RewriteMethod method = original.getRewriteMethod();
            return method instanceof MultiTermQuery.TopTermsBlendedFreqScoringRewrite top
                    ? top.getSize()
                    : FuzzyQuery.defaultMaxExpansions;
        }
    }
}
