package org.hros.discussion;

import java.util.List;
import org.hros.shared.SubjectRef;

/**
 * The discussion of one subject as one reader sees it: top-level replies (oldest first, one page of them) with
 * their replies, the reader's relation to the thread, and what the reply form holds.
 *
 * @param subjectPath the subject's own page, e.g. {@code /cases/12/slug}
 * @param total every reply of the thread, removed ones included
 * @param latestReplyId the newest reply's id, 0 when there is none, to ask later whether new ones arrived
 * @param pseudonymKey the message key of the subject author's pseudonym, e.g. "Author of this case"
 * @param compose what the reply form shows
 */
public record ThreadView(
        SubjectRef subject,
        String subjectTitle,
        String subjectPath,
        List<ReplyView> replies,
        int page,
        int pages,
        long total,
        long latestReplyId,
        FollowState follow,
        boolean signedIn,
        String pseudonymKey,
        ComposeView compose) {

    /** The full thread page, which also serves the fragments. */
    public String threadPath() {
        return "/discussion/" + subject.type().name() + "/" + subject.id();
    }

    public String repliesElementId() {
        return "replies-" + subject.type().name().toLowerCase(java.util.Locale.ROOT) + "-" + subject.id();
    }

    public String pagePath(int number) {
        return subjectPath + (number > 1 ? "?discussionPage=" + number : "") + "#discussion";
    }

    /**
     * The reply form: its text, the reply it answers (or {@code null} for a new top-level reply) and a problem
     * with the text, already put into words, or {@code null}.
     */
    public record ComposeView(String body, Long parentId, String error) {

        public static final ComposeView EMPTY = new ComposeView("", null, null);

        /** The form's element id: one main form per thread, one inline form per reply answered. */
        public String formId() {
            return parentId == null ? "reply-form" : "reply-form-" + parentId;
        }

        public String fieldId() {
            return parentId == null ? "reply-body" : "reply-body-" + parentId;
        }
    }
}
