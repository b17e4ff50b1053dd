package org.hros.search.domain;

import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.hros.search.SearchQuery;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The raw Lucene side of the search benchmark: for each query, the Lucene work the search service does for it
 * ({@link IndexPass.Plan}: the same Lucene query and sort, the top 10, the exact total, the nine facet counts in one
 * pass, the snippets of the top 10), prepared once up front and then run on any searcher, such as one over the
 * index folder opened read-only. What the service adds on top — reading the words and synonyms, building the query,
 * the result cards from PostgreSQL, JSON, Tomcat — is left out.
 */
public final class RawLuceneSearch {

    private final List<IndexPass.Plan> plans;

    private RawLuceneSearch(List<IndexPass.Plan> plans) {
        this.plans = plans;
    }

    /** Prepares the Lucene work of a first-page search for each text, in the running application. */
    public static RawLuceneSearch prepare(ApplicationContext context, List<String> texts) {
        CaseSearchService service = context.getBean(CaseSearchService.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        transaction.setReadOnly(true);
        List<IndexPass.Plan> plans = transaction.execute(status -> texts.stream()
                .map(text -> service.plan(SearchQuery.of(text))
                        .orElseThrow(() -> new IllegalStateException("not on the Lucene backend")))
                .toList());
        return new RawLuceneSearch(plans);
    }

    public int size() {
        return plans.size();
    }

    /** Runs the {@code i}-th search on {@code searcher}; answers how many hits its page holds. */
    public int run(IndexSearcher searcher, int i) {
        return IndexPass.run(() -> searcher, plans.get(i)).rows().size();
    }
}
