package org.hros.notification.web;

import java.util.Map;
import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;

/** The notification settings form: one choice ({@link NoticeDelivery} name) per category. */
public record NotificationSettingsForm(
        String requestUpdates,
        String reviewResults,
        String invitations,
        String newOffers,
        String newSubmissions,
        String comments,
        String mentions,
        String teamTraining,
        String sessionReminders,
        String circleThreads,
        String threadReplies,
        String circleReplies,
        String checkInResponses,
        String checkInReminders,
        String flagOutcomes,
        String operations) {

    public static NotificationSettingsForm of(Map<NoticeCategory, NoticeDelivery> choices) {
        return new NotificationSettingsForm(
                choices.get(NoticeCategory.REQUEST_UPDATES).name(),
                choices.get(NoticeCategory.REVIEW_RESULTS).name(),
                choices.get(NoticeCategory.INVITATIONS).name(),
                choices.get(NoticeCategory.NEW_OFFERS).name(),
                choices.get(NoticeCategory.NEW_SUBMISSIONS).name(),
                choices.get(NoticeCategory.COMMENTS).name(),
                choices.get(NoticeCategory.MENTIONS).name(),
                choices.get(NoticeCategory.TEAM_TRAINING).name(),
                choices.get(NoticeCategory.SESSION_REMINDERS).name(),
                choices.get(NoticeCategory.CIRCLE_THREADS).name(),
                choices.get(NoticeCategory.THREAD_REPLIES).name(),
                choices.get(NoticeCategory.CIRCLE_REPLIES).name(),
                choices.get(NoticeCategory.CHECK_IN_RESPONSES).name(),
                choices.get(NoticeCategory.CHECK_IN_REMINDERS).name(),
                choices.get(NoticeCategory.FLAG_OUTCOMES).name(),
                choices.get(NoticeCategory.OPERATIONS).name());
    }

    /** The form field of a category, e.g. {@code requestUpdates}. */
    public static String field(NoticeCategory category) {
        return switch (category) {
            case REQUEST_UPDATES -> "requestUpdates";
            case REVIEW_RESULTS -> "reviewResults";
            case INVITATIONS -> "invitations";
            case NEW_OFFERS -> "newOffers";
            case NEW_SUBMISSIONS -> "newSubmissions";
            case COMMENTS -> "comments";
            case MENTIONS -> "mentions";
            case TEAM_TRAINING -> "teamTraining";
            case SESSION_REMINDERS -> "sessionReminders";
            case CIRCLE_THREADS -> "circleThreads";
            case THREAD_REPLIES -> "threadReplies";
            case CIRCLE_REPLIES -> "circleReplies";
            case CHECK_IN_RESPONSES -> "checkInResponses";
            case CHECK_IN_REMINDERS -> "checkInReminders";
            case FLAG_OUTCOMES -> "flagOutcomes";
            case OPERATIONS -> "operations";
        };
    }

    public String value(NoticeCategory category) {
        return switch (category) {
            case REQUEST_UPDATES -> requestUpdates;
            case REVIEW_RESULTS -> reviewResults;
            case INVITATIONS -> invitations;
            case NEW_OFFERS -> newOffers;
            case NEW_SUBMISSIONS -> newSubmissions;
            case COMMENTS -> comments;
            case MENTIONS -> mentions;
            case TEAM_TRAINING -> teamTraining;
            case SESSION_REMINDERS -> sessionReminders;
            case CIRCLE_THREADS -> circleThreads;
            case THREAD_REPLIES -> threadReplies;
            case CIRCLE_REPLIES -> circleReplies;
            case CHECK_IN_RESPONSES -> checkInResponses;
            case CHECK_IN_REMINDERS -> checkInReminders;
            case FLAG_OUTCOMES -> flagOutcomes;
            case OPERATIONS -> operations;
        };
    }
}
