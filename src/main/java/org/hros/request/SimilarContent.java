package org.hros.request;

import java.util.List;

/**
 * Finds requests and cases like a title being typed, so that members vote instead of asking twice. The agenda
 * brings a plain PostgreSQL full-text implementation as a fallback; a module with a better index (search)
 * replaces it simply by declaring its own bean.
 */
public interface SimilarContent {

    /** At most {@code limit} items, best first; blank or very short text finds nothing. */
    List<SimilarItem> similarTo(String text, int limit);
}
