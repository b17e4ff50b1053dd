package org.hros.redaction;

import java.util.List;

/**
 * What the scanner found in one text.
 *
 * @param findings in the order they appear
 * @param rating how identifiable the text is
 * @param reasonKeys message keys explaining the rating, most serious first; empty when nothing was found
 */
public record Scan(List<Finding> findings, Rating rating, List<String> reasonKeys) {

    /** The field name findings of a single-text scan carry. */
    public static final String FIELD = "text";

    public Scan {
        findings = List.copyOf(findings);
        reasonKeys = List.copyOf(reasonKeys);
    }
}
