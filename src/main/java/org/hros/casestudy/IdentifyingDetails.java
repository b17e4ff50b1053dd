package org.hros.casestudy;

import java.util.List;
import org.hros.redaction.Finding;
import org.hros.redaction.Rating;

/**
 * What the redaction assistant found in a case: field by field, each finding in its context, and how
 * identifiable the case is as a whole. Shown to the author (with one-click replacements) and to the editor.
 *
 * @param caseId the case checked
 * @param title the case's title, to say which case this is about
 * @param named whether the case is credited by name, so that identifying details matter less
 * @param editable whether the author may still change the text, and so apply replacements
 * @param rating low, medium or high
 * @param reasonKeys message keys explaining the rating, most serious first
 * @param fields the fields with findings, in the order of the form
 */
public record IdentifyingDetails(
        long caseId,
        String title,
        boolean named,
        boolean editable,
        Rating rating,
        List<String> reasonKeys,
        List<FieldDetails> fields) {

    public IdentifyingDetails {
        reasonKeys = List.copyOf(reasonKeys);
        fields = List.copyOf(fields);
    }

    public boolean isClean() {
        return fields.isEmpty();
    }

    public int count() {
        return fields.stream().mapToInt(f -> f.excerpts().size()).sum();
    }

    /** The findings in one field (a section key, “title”, “roleDescriptor” or “vendorDisclosure”). */
    public List<Excerpt> in(String field) {
        return fields.stream()
                .filter(f -> f.field().equals(field))
                .findFirst()
                .map(FieldDetails::excerpts)
                .orElse(List.of());
    }

    /** Whether submitting needs the author's explicit confirmation. */
    public boolean needsConfirmation() {
        return !named && rating == Rating.HIGH;
    }

    /**
     * One field's findings.
     *
     * @param labelKey the message key of the field's label
     */
    public record FieldDetails(String field, String labelKey, List<Excerpt> excerpts) {

        public FieldDetails {
            excerpts = List.copyOf(excerpts);
        }
    }

    /**
     * One finding with a little of the text around it, so that it can be shown highlighted in place.
     *
     * @param before the text just before the finding, possibly starting with “…”
     * @param after the text just after it, possibly ending with “…”
     */
    public record Excerpt(Finding finding, String before, String after) {}
}
