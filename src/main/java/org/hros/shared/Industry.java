package org.hros.shared;

/** The industry a case happened in. */
public enum Industry implements Vocabulary {
    TECHNOLOGY("technology"),
    FINTECH("fintech"),
    HEALTHCARE("healthcare"),
    RETAIL("retail"),
    MANUFACTURING("manufacturing"),
    PUBLIC_SECTOR("public-sector"),
    EDUCATION("education"),
    LOGISTICS("logistics"),
    HOSPITALITY("hospitality"),
    PROFESSIONAL_SERVICES("professional-services"),
    NONPROFIT("nonprofit"),
    ENERGY("energy");

    private final String slug;

    Industry(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String messageKey() {
        return "industry." + slug;
    }
}
