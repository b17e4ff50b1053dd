package org.hros.shared;

/** A skill a case teaches or needed. */
public enum Skill implements Vocabulary {
    WRITING("writing"),
    HTML_CSS("html-css"),
    DATA_ANALYSIS("data-analysis"),
    SOCIAL_MEDIA("social-media"),
    VIDEO_PRODUCTION("video-production"),
    EVP_DESIGN("evp-design"),
    STAKEHOLDER_MANAGEMENT("stakeholder-management"),
    STRUCTURED_INTERVIEWING("structured-interviewing"),
    ATS_AUTOMATION("ats-automation"),
    SEO("seo"),
    EVENTS("events"),
    BUDGETING("budgeting"),
    RETROSPECTIVES("retrospectives");

    private final String slug;

    Skill(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String messageKey() {
        return "skill." + slug;
    }
}
