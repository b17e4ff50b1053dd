package org.hros.casestudy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An editor's note on one section of a submission (or on the whole case when section is null), or the comment
 * of the employer's approver on the whole case, who is not a member and so has no editor id. An editor's small fix
 * of a section is a note too, with the section's text before and after it.
 */
@Entity
class ReviewNote {

    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private int round;
    private String section;
    private String body;
    private Long editorId;
    private boolean fromApprover;
    private Instant createdAt;
    private String textBefore;
    private String textAfter;

    protected ReviewNote() {}

    ReviewNote(long caseId, int round, String section, String body, long editorId, Instant now) {
        this.caseId = caseId;
        this.round = round;
        this.section = section;
        this.body = body;
        this.editorId = editorId;
        this.createdAt = now;
    }

    /** An editor's small fix of one section, recorded with the text before and after and why it was made. */
    static ReviewNote fix(
            long caseId,
            int round,
            String section,
            String why,
            String before,
            String after,
            long editorId,
            Instant now) {
        ReviewNote note = new ReviewNote(caseId, round, section, why, editorId, now);
        note.textBefore = before;
        note.textAfter = after;
        return note;
    }

    static ReviewNote fromApprover(long caseId, int round, String comment, Instant now) {
        ReviewNote note = new ReviewNote();
        note.caseId = caseId;
        note.round = round;
        note.body = comment;
        note.fromApprover = true;
        note.createdAt = now;
        return note;
    }

    Long id() {
        return id;
    }

    int round() {
        return round;
    }

    String section() {
        return section;
    }

    String body() {
        return body;
    }

    /** The editor who wrote it, or {@code null} for the approver's comment. */
    Long editorId() {
        return editorId;
    }

    boolean fromApprover() {
        return fromApprover;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The section's text before an editor's fix, or {@code null} when this is a note and no fix. */
    String textBefore() {
        return textBefore;
    }

    String textAfter() {
        return textAfter;
    }
}
