package org.hros.platform;

import java.util.Locale;

/**
 * What a personal access token may do. Reading is every {@code GET} (and {@code HEAD}); writing is everything else.
 * A token that may write may also read.
 */
public enum ApiScope {
    READ,
    WRITE;

    /** The scope as API clients see it in a problem document, e.g. {@code write}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
