/**
 * Running searches: the services behind the module's API ({@code CaseSearchService},
 * {@code CommunitySearchService}, {@code SearchSimilarContent}) and what makes a search fast on the embedded
 * Lucene backend. A case search is prepared once as Lucene objects ({@code SearchPlans}, kept by
 * {@code QueryPlans}), run in one pass for its page, total and facet counts ({@code IndexPass}), by words and by
 * meaning at once when it has words ({@code HybridPass}, {@code SemanticQueries}), on search workers of its own
 * ({@code SearchWorkers}) in sessions that hold no database connection ({@code SearchSessions}), and its answer is
 * kept while the index is unchanged ({@code ResultCache}). On another backend the same searches run through
 * Hibernate Search's own execution.
 *
 * <p>Everything here is package-private: the rest of the application reaches it through the module's API.
 */
package org.hros.search.domain.execution;
