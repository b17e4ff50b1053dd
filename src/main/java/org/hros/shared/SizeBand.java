package org.hros.shared;

/** Company headcount band: wide enough never to identify a company on its own. */
public enum SizeBand implements Vocabulary {
    S1_50("1-50"),
    S51_200("51-200"),
    S201_500("201-500"),
    S501_1000("501-1000"),
    S1001_5000("1001-5000"),
    S5001_PLUS("5001-plus");

    private final String slug;

    SizeBand(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String messageKey() {
        return "size." + slug;
    }
}
