package org.hros.notification;

/**
 * For modules that write their own periodic e-mails (team reminders and summaries): whether a member wants e-mail
 * of a category, and the one-click unsubscribe link to put in it, the same link every notice e-mail carries.
 */
public interface MailChoices {

    /** Whether the member chose to hear of this category by e-mail (now or in the daily digest). */
    boolean wantsEmail(long memberId, NoticeCategory category);

    /** The absolute one-click unsubscribe address for this member and category (for the body and the headers). */
    String unsubscribeUrl(long memberId, NoticeCategory category);
}
