package org.hros.redaction;

/** What a finding is. The first five make a text highly identifiable on their own. */
public enum Kind {
    EMAIL("email", true),
    PHONE("phone", true),
    URL("url", false),
    HANDLE("handle", false),
    OWN_NAME("ownName", true),
    OWN_COMPANY("ownCompany", true),
    COMPANY("company", false),
    PERSON("person", false),
    COMBINATION("combination", true);

    private final String key;
    private final boolean identifying;

    Kind(String key, boolean identifying) {
        this.key = key;
        this.identifying = identifying;
    }

    /** Whether one such finding is enough to rate a text {@link Rating#HIGH}. */
    public boolean identifying() {
        return identifying;
    }

    public String messageKey() {
        return "redaction.kind." + key;
    }

    /** The message key that explains why findings of this kind matter. */
    public String reasonKey() {
        return "redaction.reason." + key;
    }

    /** A stable lower-case name for CSS classes and JSON. */
    public String slug() {
        return key;
    }
}
