package org.hros.discussion.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.discussion.ReactionBar;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.ReplyView;
import org.hros.member.MemberCard;

/** JSON shapes of threads and reactions. A reply's author is what readers see: a name, or the pseudonym alone. */
final class DiscussionJson {

    private DiscussionJson() {}

    /** A reply; {@code author} is null once the reply was removed. */
    record Reply(
            long id,
            Long parentId,
            int depth,
            Author author,
            String html,
            Instant postedAt,
            Instant editedAt,
            boolean removed,
            List<Version> history,
            Map<String, Long> reactions) {

        static Reply of(ReplyView r, String pseudonym, String baseUrl) {
            Author author = null;
            if (!r.removed() && r.author() != null) {
                author = r.author().subjectAuthor()
                        ? new Author(pseudonym, null, true)
                        : new Author(
                                r.author().name(),
                                r.author().profilePath() == null
                                        ? null
                                        : baseUrl + r.author().profilePath(),
                                false);
            }
            return new Reply(
                    r.id(),
                    r.parentId(),
                    r.depth(),
                    author,
                    r.html(),
                    r.postedAt(),
                    r.editedAt(),
                    r.removed(),
                    r.history().stream()
                            .map(v -> new Version(v.html(), v.writtenAt()))
                            .toList(),
                    DiscussionJson.counts(r.reactions()));
        }
    }

    /**
     * Who wrote a reply, as readers see it.
     *
     * @param subjectAuthor true when the reply is by the author of a subject that does not name them: then the
     *     name is the pseudonym and there is no profile
     */
    record Author(String displayName, String profileUrl, boolean subjectAuthor) {}

    /** An earlier version of an edited reply. */
    record Version(String html, Instant writtenAt) {}

    /** A thread: its replies in reading order (each after the one it answers). */
    record Thread(String subjectUrl, long total, List<Reply> replies) {}

    /** The public counts of a subject's reactions, and the caller's own (bookmark included). */
    record Reactions(Map<String, Long> counts, List<String> mine) {

        static Reactions of(ReactionBar bar) {
            return new Reactions(
                    DiscussionJson.counts(bar),
                    bar.mine().stream().map(ReactionKind::slug).sorted().toList());
        }
    }

    /** A member who gave a reaction. */
    record Member(String displayName, String headline, String profileUrl) {

        static Member of(MemberCard card, String baseUrl) {
            return new Member(card.displayName(), card.headline(), baseUrl + card.profilePath());
        }
    }

    /** One page of members. */
    record Members(List<Member> members, int page, int pages, long total) {}

    /** One of the caller's bookmarks. */
    record Bookmark(String type, String title, String url, Instant bookmarkedAt) {}

    /** A new reply; {@code parentId} names the reply it answers. */
    record NewReply(String body, Long parentId) {}

    /** New text for a reply. */
    record ReplyText(String body) {}

    static Map<String, Long> counts(ReactionBar bar) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (bar != null) {
            for (ReactionKind kind : ReactionKind.publicKinds()) {
                counts.put(kind.slug(), bar.count(kind));
            }
        }
        return counts;
    }
}
