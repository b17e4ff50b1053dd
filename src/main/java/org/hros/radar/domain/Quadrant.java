package org.hros.radar.domain;

import java.util.Locale;
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

    public static Quadrant of(Topic topic) {
        return switch (topic) {
            case SOURCING, INTERVIEWING, CANDIDATE_EXPERIENCE -> SOURCING_HIRING;
            case EMPLOYER_BRAND, CAREERS_SITE, TECHNICAL_COPYWRITING, TALENT_MARKETING -> EMPLOYER_BRAND;
            case ONBOARDING, DEI -> PEOPLE_CULTURE;
            case RECRUITING_ANALYTICS -> TOOLS_DATA;
        };
    }

    public static Quadrant of(Skill skill) {
        return switch (skill) {
            case STRUCTURED_INTERVIEWING, EVENTS -> SOURCING_HIRING;
            case WRITING, SOCIAL_MEDIA, VIDEO_PRODUCTION, EVP_DESIGN, SEO -> EMPLOYER_BRAND;
            case STAKEHOLDER_MANAGEMENT, BUDGETING, RETROSPECTIVES -> PEOPLE_CULTURE;
            case DATA_ANALYSIS, HTML_CSS, ATS_AUTOMATION -> TOOLS_DATA;
        };
    }
}
