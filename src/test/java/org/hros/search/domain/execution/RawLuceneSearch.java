package org.hros.search.domain.execution;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.hros.search.SearchQuery;
import org.hros.search.domain.indexing.IndexedTypes;
import org.hros.search.domain.query.QueryText;
import org.hros.search.domain.query.QueryText.Clause;
import org.hros.search.domain.query.Synonyms;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The raw Lucene side of the search benchmark: for each query, the Lucene work the search service does for it
 * ({@link IndexPass.Plan}: the same Lucene query and sort, the top 10, the exact total, the nine facet counts in one
 * pass, the snippets of the top 10; for a search that finds nothing, the spelling check and the corrected search
 * of "did you mean"), prepared once up front and then run on any searcher, such as one over the service's own
 * reader. What the service adds on top — reading the words and synonyms, building the query, the result cards
 * from PostgreSQL, JSON, Tomcat — is left out.
 */
public final class RawLuceneSearch {

    private final List<IndexPass.Plan> plans;
    private final List<List<String>> words;
    private final List<SearchPlans.Correction> corrections;

    private RawLuceneSearch(
            List<IndexPass.Plan> plans, List<List<String>> words, List<SearchPlans.Correction> corrections) {
        this.plans = plans;
        this.words = words;
        this.corrections = corrections;
    }

    /**
     * Prepares the Lucene work of a first-page search for each text, in the running application: the words read
     * with the same synonyms and the same {@link SearchPlans} the search service uses.
     */
    public static RawLuceneSearch prepare(ApplicationContext context, List<String> texts) {
        SearchPlans searchPlans = context.getBean(SearchPlans.class);
        SearchSessions sessions = context.getBean(SearchSessions.class);
        Synonyms synonyms = context.getBean(Synonyms.class);
        if (!sessions.onLucene()) {
            throw new IllegalStateException("not on the Lucene backend");
        }
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        transaction.setReadOnly(true);
        List<SearchQuery> queries = texts.stream().map(SearchQuery::of).toList();
        List<IndexPass.Plan> plans = transaction.execute(status -> queries.stream()
                .map(query -> {
                    List<Clause> clauses = QueryText.parse(query.text(), synonyms);
                    boolean textual = clauses.stream().anyMatch(c -> !c.excluded());
                    IndexPass.Plan plan = sessions.apply(session -> searchPlans.plan(session, query, clauses, textual));
                    if (plan == null) {
                        throw new IllegalStateException("not on the Lucene backend");
                    }
                    return plan;
                })
                .toList());
        List<List<String>> words = queries.stream()
                .map(query -> IndexPass.plainWords(QueryText.parse(query.text(), synonyms)))
                .toList();
        List<SearchPlans.Correction> corrections = transaction.execute(status -> queries.stream()
                .map(query -> sessions.apply(
                        session -> searchPlans.correction(session, query, QueryText.parse(query.text(), synonyms))))
                .toList());
        return new RawLuceneSearch(plans, words, corrections);
    }

    /** Turns the search service's result cache off or on (emptied either way); answers its hits and misses. */
    public static String resultCache(ApplicationContext context, boolean on) {
        ResultCache cache = context.getBean(ResultCache.class);
        String before = String.format("%,d hits, %,d misses", cache.hits(), cache.misses());
        cache.enabled(on);
        return before;
    }

    /** A reader of the case index as the search service opens it, to be closed by the caller. */
    public static IndexReader openReader(ApplicationContext context) {
        return context.getBean(SearchSessions.class).openReader(IndexedTypes.CASES);
    }

    public int size() {
        return plans.size();
    }

    /**
     * Runs the {@code i}-th search on {@code searcher}; when it finds nothing, looks for a spelling correction and
     * whether the corrected search finds something, as the service does for "did you mean". Answers how many hits
     * its page holds.
     */
    public int run(IndexSearcher searcher, int i) throws IOException {
        IndexPass.Plan plan = plans.get(i);
        IndexPass.Page page = IndexPass.run(() -> searcher, plan);
        if (page.total() == 0 && plan.highlight() != null) {
            SearchPlans.Correction c = corrections.get(i);
            if (!IndexPass.corrections(searcher.getIndexReader(), words.get(i)).isEmpty() && c != null) {
                boolean found = IndexPass.findsAny(searcher, c.strict()) || IndexPass.findsAny(searcher, c.full());
                return found ? -1 : 0;
            }
        }
        return page.rows().size();
    }
}
