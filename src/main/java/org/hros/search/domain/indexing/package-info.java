/**
 * What search knows, and how it stays current. Search keeps documents of its own, never an author: one per
 * published case, per request and per public reply ({@code CaseDocument} …, JPA entities with their
 * repositories), kept equal to what the other modules publish by the {@code *Documents} services, which
 * listeners call after commit on the library's, the agenda's and the discussion's events. Hibernate Search
 * indexes every change from its outbox.
 *
 * <p>The index itself is here too: its Hibernate Search configuration and mapping, its folder (checked at start),
 * its state (searches wait while it is rebuilt), its rebuild and the catching up of missing embeddings. The
 * entities and repositories stay package-private: other packages search the index through
 * {@link org.hros.search.domain.indexing.IndexedTypes} and its field names
 * ({@link org.hros.search.domain.indexing.SearchFields}), and read a document only through
 * {@link org.hros.search.domain.indexing.CaseDocuments}.
 */
package org.hros.search.domain.indexing;
