package org.hros.casestudy;

/** How a listing of the library is ordered. */
public enum CaseOrder {
    /** Latest published first. */
    NEWEST,
    /** Most "This helped" reactions first, then the latest. */
    MOST_HELPFUL;

    public String slug() {
        return this == NEWEST ? "newest" : "helpful";
    }

    public String messageKey() {
        return "browse.sort." + slug();
    }
}
