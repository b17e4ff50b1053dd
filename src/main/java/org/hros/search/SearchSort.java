package org.hros.search;

import java.util.Arrays;
import java.util.Optional;

/** The orders results can come in. */
public enum SearchSort {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    HELPFUL("helpful");

    private final String slug;

    SearchSort(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "search.sort." + slug;
    }

    public static Optional<SearchSort> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
