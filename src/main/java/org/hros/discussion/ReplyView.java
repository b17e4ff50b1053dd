package org.hros.discussion;

import java.time.Instant;
import java.util.List;

/**
 * One reply as a reader sees it, with the replies to it. Who wrote it is only what {@link ReplyAuthorView} says.
 *
 * @param html the sanitised HTML of the body; empty once removed
 * @param editedAt the last edit, or {@code null}
 * @param history earlier versions, oldest first; empty once removed
 * @param mine whether the reader wrote it
 * @param editable whether the reader may still edit it (their own, within the edit window)
 * @param removable whether the reader may remove it (their own, or an editor)
 * @param children the replies to it, oldest first
 * @param descendants how many replies there are below it, at any depth
 * @param dayOnly whether its times are shown to the day only (and already cut to it), as for every reply by the
 *     author of a case that does not name them
 * @param hidden hidden by moderation pending review (then also {@code removed}, with no text)
 */
public record ReplyView(
        long id,
        Long parentId,
        int depth,
        ReplyAuthorView author,
        String html,
        Instant postedAt,
        Instant editedAt,
        boolean removed,
        List<RevisionView> history,
        boolean mine,
        boolean editable,
        boolean removable,
        ReactionBar reactions,
        List<ReplyView> children,
        int descendants,
        boolean dayOnly,
        boolean hidden) {

    public String anchor() {
        return "reply-" + id;
    }

    /** An earlier version of a reply's body. */
    public record RevisionView(String html, Instant writtenAt) {}
}
