package org.hros.shared;

/** Where a case happened. */
public enum Region implements Vocabulary {
    EUROPE("europe"),
    NORTH_AMERICA("north-america"),
    LATIN_AMERICA("latin-america"),
    ASIA_PACIFIC("asia-pacific"),
    AFRICA("africa"),
    MIDDLE_EAST("middle-east"),
    GLOBAL("global");

    private final String slug;

    Region(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String messageKey() {
        return "region." + slug;
    }
}
