package org.hros.notification;

/**
 * For modules that mail members themselves (live sessions' reminders): whether the member wants mail of a
 * category, and the one-click link that stops it, so that every mail of a category obeys the same choice.
 */
public interface MailChoices {

    /** Whether the member chose e-mail (at once or daily) for this category, or has its default of e-mail. */
    boolean wantsMail(long memberId, NoticeCategory category);

    /** The path of the signed link that stops this category's e-mails to the member, without logging in. */
    String unsubscribePath(long memberId, NoticeCategory category);
}
