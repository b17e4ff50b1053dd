package org.hros.radar.domain;

import java.util.Locale;
import java.util.Map;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * The four parts of the radar. Every topic and skill has its place here (documented in docs/radar.md); an editor
 * chooses the quadrant of each practice.
 */
public enum Quadrant {
    SOURCING_HIRING,
    EMPLOYER_BRAND,
    PEOPLE_CULTURE,
    TOOLS_DATA;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "radar.quadrant." + slug();
    }

    /** Where the words the community started with sit; a word admins add later sits in people and culture. */
    private static final Map<String, Quadrant> TOPICS = Map.ofEntries(
            Map.entry("sourcing", SOURCING_HIRING),
            Map.entry("interviewing", SOURCING_HIRING),
            Map.entry("candidate-experience", SOURCING_HIRING),
            Map.entry("early-careers", SOURCING_HIRING),
            Map.entry("contingent-workforce", SOURCING_HIRING),
            Map.entry("employer-brand", EMPLOYER_BRAND),
            Map.entry("careers-site", EMPLOYER_BRAND),
            Map.entry("technical-copywriting", EMPLOYER_BRAND),
            Map.entry("talent-marketing", EMPLOYER_BRAND),
            Map.entry("onboarding", PEOPLE_CULTURE),
            Map.entry("dei", PEOPLE_CULTURE),
            Map.entry("pay-transparency", PEOPLE_CULTURE),
            Map.entry("internal-mobility", PEOPLE_CULTURE),
            Map.entry("recruiting-analytics", TOOLS_DATA),
            Map.entry("recruiting-operations", TOOLS_DATA),
            Map.entry("hr-technology", TOOLS_DATA),
            Map.entry("workforce-planning", TOOLS_DATA));

    private static final Map<String, Quadrant> SKILLS = Map.ofEntries(
            Map.entry("structured-interviewing", SOURCING_HIRING),
            Map.entry("events", SOURCING_HIRING),
            Map.entry("writing", EMPLOYER_BRAND),
            Map.entry("social-media", EMPLOYER_BRAND),
            Map.entry("video-production", EMPLOYER_BRAND),
            Map.entry("evp-design", EMPLOYER_BRAND),
            Map.entry("seo", EMPLOYER_BRAND),
            Map.entry("stakeholder-management", PEOPLE_CULTURE),
            Map.entry("budgeting", PEOPLE_CULTURE),
            Map.entry("retrospectives", PEOPLE_CULTURE),
            Map.entry("project-management", PEOPLE_CULTURE),
            Map.entry("change-management", PEOPLE_CULTURE),
            Map.entry("data-analysis", TOOLS_DATA),
            Map.entry("html-css", TOOLS_DATA),
            Map.entry("ats-automation", TOOLS_DATA),
            Map.entry("compensation-analysis", TOOLS_DATA),
            Map.entry("vendor-evaluation", TOOLS_DATA));

    public static Quadrant of(Topic topic) {
        return TOPICS.getOrDefault(topic.slug(), PEOPLE_CULTURE);
    }

    public static Quadrant of(Skill skill) {
        return SKILLS.getOrDefault(skill.slug(), PEOPLE_CULTURE);
    }
}
