package org.hros.casestudy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the listing's facets in a search index, so that a listing never groups every current revision in SQL. The
 * search module provides it; the library asks it first and counts in SQL itself only when it cannot answer for the
 * library as it is now.
 *
 * <p>Dimensions and values are slugs, as in the listing's address: {@code outcome → failure → 12}.
 */
public interface FacetIndex {

    /** The listing's dimensions, by their address parameter. */
    List<String> DIMENSIONS = List.of("type", "outcome", "topic", "skill", "industry", "size", "region");

    /**
     * How many published cases each value of each dimension would give, with the other dimensions' choices
     * applied but not its own ({@code filter}: dimension to chosen slug). A value with no cases may be absent.
     * Empty when the index cannot answer for the library as it is now: it is being rebuilt or cannot be read, a
     * publication, withdrawal or restoration is not indexed yet, or counting was cut off by the search time limit.
     */
    Optional<Map<String, Map<String, Long>>> count(Map<String, String> filter);
}
