package org.hros.notification;

/** What a notice is about; each member chooses per category how, or whether, they hear of it. */
public enum NoticeCategory {
    /** A request I voted on or follow changed status or was answered. */
    REQUEST_UPDATES,
    /** The review result of my case. */
    REVIEW_RESULTS,
    /** An editor invited me to write. */
    INVITATIONS,
    /** A new offer of experience on a request (editors). */
    NEW_OFFERS,
    /** A case submitted or resubmitted for review (editors). */
    NEW_SUBMISSIONS,
    /** A new reply in a thread I follow. */
    COMMENTS,
    /** Someone mentioned me. */
    MENTIONS,
    /** Reminders before a team assignment is due, and the weekly summary for team leads. */
    TEAM_TRAINING,

    /** Reminders of live sessions I have a seat at, the day before and an hour before. */
    SESSION_REMINDERS,

    /** A new clinic thread in one of my circles. */
    CIRCLE_THREADS,
    /** A reply in a clinic thread I opened in one of my circles. */
    THREAD_REPLIES,
    /** A reply in a clinic thread I took part in, in one of my circles. */
    CIRCLE_REPLIES,
    /** Cheers and comments on my goals' check-ins. */
    CHECK_IN_RESPONSES,
    /** A weekly reminder to check in on my goals when I have not for a week; only if I ask for it. */
    CHECK_IN_REMINDERS,
    /** What editors decided about something I flagged. */
    FLAG_OUTCOMES,
    /** Something about the installation needs an admin, e.g. a webhook was paused (admins). */
    OPERATIONS
}
