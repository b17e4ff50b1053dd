package org.hros.moderation;

import org.hros.shared.PageView;

/**
 * The record of sensitive acts. Writing joins the caller's transaction, so an act and its record are
 * committed together or not at all.
 */
public interface AuditLog {

    void record(long actorId, AuditAction action, Long caseId, String note);

    /**
     * Records the act unless the same actor's same act on this case, with the same note, is recorded already:
     * for acts that matter once per occasion (an editor seeing a case's author once per review round).
     */
    void recordOnce(long actorId, AuditAction action, long caseId, String note);

    /** Records an act about a member (their role, their standing). */
    void recordAboutMember(long actorId, AuditAction action, long memberId, String note);

    /** Newest first. */
    PageView<AuditEntryView> entries(int page, int size);

    /** The entries about one member, newest first. */
    PageView<AuditEntryView> entriesAbout(long memberId, int page, int size);
}
