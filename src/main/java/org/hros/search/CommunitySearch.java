package org.hros.search;

import java.util.List;
import org.hros.casestudy.CaseCard;

/**
 * Finding requests and discussion replies, and matching requests with the cases that may answer them. Like
 * {@link CaseSearch}, nothing here ever knows who wrote what.
 */
public interface CommunitySearch {

    /**
     * How many results of one kind the search finds, for the {@code kind} facet: cases under every facet choice,
     * requests under the topic and skill choices, replies by their words alone.
     *
     * @throws SearchUnavailableException while the index is being rebuilt
     */
    long count(SearchKind kind, SearchQuery query);

    /** Every kind's count, with the one already known from the results shown. */
    default KindCounts counts(SearchQuery query, SearchKind shown, long shownTotal) {
        long[] counts = new long[SearchKind.values().length];
        for (SearchKind kind : SearchKind.values()) {
            counts[kind.ordinal()] = kind == shown ? shownTotal : count(kind, query);
        }
        return new KindCounts(counts[0], counts[1], counts[2]);
    }

    /**
     * One page of requests or replies ({@code kind} must not be {@link SearchKind#CASES}). Requests narrow by the
     * query's topic and skill choices; its other facets are about cases and are ignored.
     *
     * @throws SearchUnavailableException while the index is being rebuilt
     * @throws org.hros.shared.FieldErrorsException when the query is not acceptable
     */
    CommunityResults search(SearchKind kind, SearchQuery query);

    /**
     * Published cases that may answer a request, by the words of its title and description, its topics and its
     * skills, leaving out the cases already linked to it; empty when there is no such request or while the
     * index is rebuilt.
     */
    List<CaseCard> answers(long requestId, int limit);
}
