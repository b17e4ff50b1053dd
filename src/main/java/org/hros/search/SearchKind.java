package org.hros.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a search looks through: published cases (the default), requests, or the replies of public discussions. */
public enum SearchKind {
    CASES("cases"),
    REQUESTS("requests"),
    DISCUSSION("discussion");

    private final String slug;

    SearchKind(String slug) {
        this.slug = slug;
    }

    /** The value of the {@code kind} parameter. */
    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "search.kind." + slug;
    }

    /** The kind a parameter names; cases when it is absent or blank, empty when it names none. */
    public static Optional<SearchKind> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(CASES);
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.slug.equals(value)).findFirst();
    }
}
