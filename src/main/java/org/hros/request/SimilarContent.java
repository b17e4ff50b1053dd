package org.hros.request;

import java.util.List;

/**
 * Finds requests and cases like a title being typed, so that members vote instead of asking twice. The search
 * module implements it on its index, so the agenda never depends on search.
 */
public interface SimilarContent {

    /** At most {@code limit} items, best first; blank or very short text finds nothing. */
    List<SimilarItem> similarTo(String text, int limit);
}
