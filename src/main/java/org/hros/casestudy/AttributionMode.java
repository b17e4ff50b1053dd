package org.hros.casestudy;

/** How a case credits its author, from most to least visible. */
public enum AttributionMode {
    /** Display name and headline, linked to the profile. */
    NAMED,
    /** A descriptor the author composes, e.g. "Head of Talent · fintech · 500–1,000 staff"; not linked. */
    ROLE_ONLY,
    /** "A member". */
    ANONYMOUS;

    /** Whether moving from {@code current} to this mode shows readers more of the author. */
    public boolean lessPrivateThan(AttributionMode current) {
        return ordinal() < current.ordinal();
    }

    public String messageKey() {
        return "attribution." + name();
    }
}
