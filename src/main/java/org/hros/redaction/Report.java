package org.hros.redaction;

import java.util.List;

/**
 * What the scanner found in all fields of a case.
 *
 * @param findings field by field, in the order the fields were given, each field's in text order
 * @param rating how identifiable the case is as a whole
 * @param reasonKeys message keys explaining the rating, most serious first; empty when nothing was found
 */
public record Report(List<Finding> findings, Rating rating, List<String> reasonKeys) {

    public Report {
        findings = List.copyOf(findings);
        reasonKeys = List.copyOf(reasonKeys);
    }

    public List<Finding> findingsIn(String field) {
        return findings.stream().filter(f -> f.field().equals(field)).toList();
    }

    public boolean isClean() {
        return findings.isEmpty();
    }
}
