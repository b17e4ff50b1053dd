package org.hros.casestudy;

/** How it went. Failure is a first-class outcome, never an afterthought. */
public enum Outcome {
    FAILURE,
    MIXED,
    SUCCESS;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "outcome." + slug();
    }
}
