package org.hros.casestudy;

import java.time.Instant;

/**
 * An editor's note on a submission, or the comment of the employer's approver.
 *
 * @param section the section it concerns, or {@code null} for the case as a whole
 * @param round the review round it belongs to (1 for the first submission)
 * @param editorName the editor who wrote it; empty for the approver, who is not a member
 * @param fromApprover whether it is the comment of the approver the author named at their employer
 * @param textBefore for an editor's fix of the section, its Markdown before the fix; otherwise {@code null}
 * @param textAfter for an editor's fix, the section's Markdown the editor left; otherwise {@code null}
 */
public record ReviewNoteView(
        long id,
        Section section,
        int round,
        String body,
        String editorName,
        Instant createdAt,
        boolean fromApprover,
        String textBefore,
        String textAfter) {

    /** Whether this records an editor's fix of the section's text rather than a note. */
    public boolean fix() {
        return textBefore != null;
    }
}
