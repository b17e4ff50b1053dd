package org.hros.shared;

/** What a case is about; a case has one to three. */
public enum Topic implements Vocabulary {
    EMPLOYER_BRAND("employer-brand"),
    SOURCING("sourcing"),
    CANDIDATE_EXPERIENCE("candidate-experience"),
    CAREERS_SITE("careers-site"),
    TECHNICAL_COPYWRITING("technical-copywriting"),
    TALENT_MARKETING("talent-marketing"),
    RECRUITING_ANALYTICS("recruiting-analytics"),
    ONBOARDING("onboarding"),
    DEI("dei"),
    INTERVIEWING("interviewing");

    private final String slug;

    Topic(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String messageKey() {
        return "topic." + slug;
    }
}
