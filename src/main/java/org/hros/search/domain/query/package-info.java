/**
 * What a search asks for. {@code QueryText} reads what a member typed as a handful of clauses — words, quoted
 * phrases, exclusions — expanded with the field's synonyms ({@code Synonyms}, shipped and added by
 * administrators); {@code CaseQueries} and {@code CommunityQueries} turn those clauses and the facet choices into
 * Hibernate Search predicates over each kind of document, with their weights. The "more like this" queries of
 * related cases and of cases that may answer a request are here as well, on Lucene and on OpenSearch.
 *
 * <p>Queries are only built here; how they are run, and how fast, is {@code execution}'s concern.
 */
package org.hros.search.domain.query;
