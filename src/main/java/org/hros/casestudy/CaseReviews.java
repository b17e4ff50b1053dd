package org.hros.casestudy;

import java.util.List;

/** The editors' side of the lifecycle: the queue, claiming, notes, returning and publishing. */
public interface CaseReviews {

    /** Submitted and in-review cases, oldest submission first. */
    List<QueueItem> queue();

    /** How many submissions wait for review, and how many of them {@code editorId} has claimed: two counts. */
    QueueSize queueSize(long editorId);

    /** The size of the review queue, for the header. */
    record QueueSize(long waiting, long mine) {}

    /**
     * The submission with its real author, for the review screen. Every call is written to the audit log as
     * {@code viewerId} having seen who wrote the case.
     *
     * @throws org.hros.shared.NotFoundException when the case is not awaiting review
     */
    Submission submission(long caseId, long viewerId);

    /** Takes a submission; another editor's claim is taken over. An editor cannot claim their own case. */
    void claim(long caseId, long editorId);

    /** Adds a note on one section, or on the whole case when {@code section} is null. */
    ReviewNoteView addNote(long caseId, long editorId, Section section, String body);

    /**
     * Fixes a small thing in one section (a phone number, a colleague's name) without returning the case: the text
     * before and after and the reason are kept among the review notes, and the author is told.
     *
     * @throws org.hros.shared.FieldErrorsException naming {@code text} when the text is empty, too long, unchanged
     *     or changed by more than a small fix, or {@code why} when no reason is given
     */
    ReviewNoteView fixSection(long caseId, long editorId, Section section, String text, String why);

    /** Sends the case back to its author with this round's notes, plus an optional final message. */
    void returnToAuthor(long caseId, long editorId, String message);

    /**
     * Approves the working copy for publication as the case's next revision. It is published at once unless
     * the author named an employer approver who has yet to approve it, or an embargo that has not ended.
     *
     * @return where the case stands now: {@code PUBLISHED}, {@code AWAITING_APPROVAL} or {@code SCHEDULED}
     */
    CaseStatus publish(long caseId, long editorId);
    /**
     * Takes a published case down at once, for instance at its author's or employer's request: it answers 410
     * Gone everywhere from then on, and the takedown stays in the audit log with its reason.
     */
    void takeDown(long caseId, long editorId, String reason);
}
