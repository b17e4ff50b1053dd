package org.hros.casestudy.api;

import java.util.List;
import org.hros.casestudy.IdentifyingDetails;

/** The redaction assistant's findings in a case, for its author's API client. */
record IdentifyingDetailsJson(
        long caseId, String rating, List<String> reasons, boolean needsConfirmation, List<FindingJson> findings) {

    static IdentifyingDetailsJson of(IdentifyingDetails details) {
        return new IdentifyingDetailsJson(
                details.caseId(),
                details.rating().name(),
                details.reasonKeys(),
                details.needsConfirmation(),
                details.fields().stream()
                        .flatMap(f -> f.excerpts().stream())
                        .map(e -> new FindingJson(
                                e.finding().field(),
                                e.finding().start(),
                                e.finding().end(),
                                e.finding().text(),
                                e.finding().kind().name(),
                                e.finding().replacement()))
                        .toList());
    }

    /**
     * One identifying detail: where it is ({@code field}, character offsets in the saved Markdown), what it
     * is, and the neutral text suggested in its place.
     */
    record FindingJson(String field, int start, int end, String text, String kind, String replacement) {}
}
