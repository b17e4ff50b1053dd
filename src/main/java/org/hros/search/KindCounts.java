package org.hros.search;

/**
 * How many results a search's words give of each kind: the counts of the {@code kind} facet. The cases count
 * applies every facet choice, the requests count the topic and skill choices, the replies count none.
 */
public record KindCounts(long cases, long requests, long replies) {

    public long of(SearchKind kind) {
        return switch (kind) {
            case CASES -> cases;
            case REQUESTS -> requests;
            case DISCUSSION -> replies;
        };
    }
}
