package org.hros.redaction;

import java.util.Collection;

/** How easily a reader could tell who wrote a text, or which organisation it is about. */
public enum Rating {
    /** Nothing found. */
    LOW,
    /** Links, handles, other people's names or company names: worth a look. */
    MEDIUM,
    /** The author's own name or company, an e-mail address, a phone number or an identifying combination. */
    HIGH;

    public String messageKey() {
        return "redaction.rating." + name();
    }

    /** The rating a set of findings earns. */
    public static Rating of(Collection<Finding> findings) {
        if (findings.isEmpty()) {
            return LOW;
        }
        return findings.stream().anyMatch(f -> f.kind().identifying()) ? HIGH : MEDIUM;
    }
}
