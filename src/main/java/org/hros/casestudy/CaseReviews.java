package org.hros.casestudy;

import java.util.List;

/** The editors' side of the lifecycle: the queue, claiming, notes, returning and publishing. */
public interface CaseReviews {

    /** Submitted and in-review cases, oldest submission first. */
    List<QueueItem> queue();

    /** @throws org.hros.shared.NotFoundException when the case is not awaiting review */
    Submission submission(long caseId);

    /** Takes a submission; another editor's claim is taken over. An editor cannot claim their own case. */
    void claim(long caseId, long editorId);

    /** Adds a note on one section, or on the whole case when {@code section} is null. */
    ReviewNoteView addNote(long caseId, long editorId, Section section, String body);

    /** Sends the case back to its author with this round's notes, plus an optional final message. */
    void returnToAuthor(long caseId, long editorId, String message);

    /**
     * Approves the working copy for publication as the case's next revision. It is published at once unless
     * the author named an employer approver who has yet to approve it, or an embargo that has not ended.
     *
     * @return where the case stands now: {@code PUBLISHED}, {@code AWAITING_APPROVAL} or {@code SCHEDULED}
     */
    CaseStatus publish(long caseId, long editorId);
}
