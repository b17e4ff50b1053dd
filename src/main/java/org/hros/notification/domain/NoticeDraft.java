package org.hros.notification.domain;

import org.hros.notification.NoticeCategory;

/**
 * A notice to make for one member, worked out from an event.
 *
 * @param dedupeKey the same for every delivery of the same event to the same member, so it is made once
 * @param link the path of the thing, e.g. {@code /requests/4}
 * @param circleId the circle it happened in, or {@code null}: such a notice is shown and mailed only while its
 *     recipient is a member there
 */
record NoticeDraft(
        NoticeCategory category,
        long recipientId,
        String dedupeKey,
        String text,
        String link,
        ReplyWords reply,
        Long circleId) {

    /**
     * The words of a notice about a reply, put together when the notice is read: the message key, the reply whose
     * author is named as readers see them then, and the subject's title.
     */
    record ReplyWords(long replyId, String key, String subjectTitle) {}

    NoticeDraft(NoticeCategory category, long recipientId, String dedupeKey, String text, String link) {
        this(category, recipientId, dedupeKey, text, link, null, null);
    }

    NoticeDraft(
            NoticeCategory category, long recipientId, String dedupeKey, String text, String link, ReplyWords reply) {
        this(category, recipientId, dedupeKey, text, link, reply, null);
    }

    /** A notice about something in a circle. */
    static NoticeDraft inCircle(
            NoticeCategory category, long recipientId, String dedupeKey, String text, String link, long circleId) {
        return new NoticeDraft(category, recipientId, dedupeKey, text, link, null, circleId);
    }

    private static final int MAX_TEXT = 600;
    private static final java.util.regex.Pattern LOCAL_PATH =
            java.util.regex.Pattern.compile("/([^/\\\\\\s{}][^\\\\\\s{}]*)?");

    NoticeDraft {
        if (text == null) {
            text = "";
        }
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
        // Following a notice redirects to its link: only a path on this site, never "//host" or "/\\host".
        if (link == null
                || link.length() > MAX_TEXT
                || !LOCAL_PATH.matcher(link).matches()) {
            link = "/";
        }
    }
}
