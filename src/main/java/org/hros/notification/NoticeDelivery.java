package org.hros.notification;

/** How a member hears of one category of notices. */
public enum NoticeDelivery {
    /** Not at all. */
    OFF,
    /** In the app only (the bell and the list). */
    IN_APP,
    /** In the app and by e-mail soon after, at most one e-mail per category an hour. */
    EMAIL_NOW,
    /** In the app and in one e-mail a day with everything of the day. */
    EMAIL_DAILY;

    public boolean inApp() {
        return this != OFF;
    }

    public boolean byEmail() {
        return this == EMAIL_NOW || this == EMAIL_DAILY;
    }

    /**
     * What a member gets until they choose: e-mail for what concerns them alone, the app for the rest, and check-in
     * reminders only to those who ask for them.
     */
    public static NoticeDelivery defaultFor(NoticeCategory category) {
        return switch (category) {
            case REVIEW_RESULTS,
                    INVITATIONS,
                    REQUEST_UPDATES,
                    MENTIONS,
                    TEAM_TRAINING,
                    SESSION_REMINDERS,
                    THREAD_REPLIES,
                    FLAG_OUTCOMES,
                    OPERATIONS -> EMAIL_NOW;
            case CHECK_IN_REMINDERS -> OFF;
            default -> IN_APP;
        };
    }
}
