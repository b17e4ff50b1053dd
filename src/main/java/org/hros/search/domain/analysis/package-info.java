/**
 * How text is read, the same way on both sides of the index: the analyzers that turn a document's words and a
 * query's into terms ({@code SearchAnalysis} on Lucene, {@code OpenSearchAnalysis} under the same names on
 * OpenSearch), the sentence embeddings that turn a text into a vector of its meaning, and the plain text of the
 * sanitised HTML the other modules store. Nothing here knows about documents or searches; documents and queries
 * both refer to it, so it sits below them.
 */
package org.hros.search.domain.analysis;
