/**
 * The search module's internals, by concern. Read them in this order:
 *
 * <ol>
 *   <li>{@code analysis}: how text becomes terms (the index's analyzers, on Lucene and on OpenSearch) and vectors
 *       (sentence embeddings), and the readable text of stored HTML;
 *   <li>{@code indexing}: the documents search keeps of cases, requests and replies, the listeners that keep them
 *       current, and the index itself (its configuration, folder, state and rebuild);
 *   <li>{@code query}: what a member typed read as clauses with the field's synonyms, and those clauses as
 *       Hibernate Search predicates; "more like this" for related cases and answers;
 *   <li>{@code execution}: the services behind {@link org.hros.search.CaseSearch} and
 *       {@link org.hros.search.CommunitySearch}, and how a search runs on the index: in one pass over Lucene, by
 *       words and by meaning, on workers of its own, with its plan and its answer kept.
 * </ol>
 *
 * <p>Each package uses only those listed before it, so each can be read without the ones after it.
 */
package org.hros.search.domain;
