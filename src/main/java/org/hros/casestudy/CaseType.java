package org.hros.casestudy;

/** The two forms a case takes. */
public enum CaseType {
    /** The full form: context, challenge, what was done, results, what went wrong, lessons. */
    CASE_STUDY("case-study"),
    /** The one-page form: why, what, how, learnings, resources. */
    SPARK("spark");

    private final String slug;

    CaseType(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "type." + slug;
    }
}
