package org.hros.search.domain.indexing;

/**
 * The indexed document types, for opening a search on one index from outside this package. The documents
 * themselves stay package-private: a search reads ids, highlights and counts from the index, never a document.
 */
public final class IndexedTypes {

    /** One document per published case ({@code case_document}). */
    public static final Class<?> CASES = CaseDocument.class;

    /** One document per request on the agenda ({@code request_document}). */
    public static final Class<?> REQUESTS = RequestDocument.class;

    /** One document per public discussion reply ({@code reply_document}). */
    public static final Class<?> REPLIES = ReplyDocument.class;

    private IndexedTypes() {}
}
