package org.hros.discussion.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.discussion.ReactionBar;
import org.hros.discussion.ReplyAuthorView;
import org.hros.discussion.ReplyView;
import org.hros.discussion.Viewer;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.shared.PublicTimes;
import org.hros.shared.SubjectRef;
import org.springframework.stereotype.Component;

/**
 * Turns the replies of a thread into what one reader sees: who wrote each (a name linked to a profile, or the
 * subject author's pseudonym, for whom no member card is even looked up), the history of edits, the reader's
 * reactions, and what the reader may do with each reply.
 */
@Component
class ThreadViews {

    private final Subjects subjects;
    private final MemberDirectory members;
    private final ReplyRevisionRepository revisions;
    private final ReactionService reactions;
    private final Clock clock;
    private final Duration editWindow;

    ThreadViews(
            Subjects subjects,
            MemberDirectory members,
            ReplyRevisionRepository revisions,
            ReactionService reactions,
            Clock clock,
            DiscussionProperties discussionProperties) {
        this.subjects = subjects;
        this.members = members;
        this.revisions = revisions;
        this.reactions = reactions;
        this.clock = clock;
        this.editWindow = discussionProperties.editWindow();
    }

    /** Whether the reply's author may still edit it. */
    boolean withinWindow(Reply reply) {
        return clock.instant().isBefore(reply.createdAt().plus(editWindow));
    }

    Tree tree(SubjectRef subject, List<Reply> all, Viewer viewer) {
        return tree(shared(subject, all), viewer);
    }

    /**
     * What every reader of a thread sees alike: its replies, who wrote each (the subject's unnamed author only under
     * the pseudonym) and the history of edits. It changes only with a reply posted, edited or removed, a change of
     * the subject's attribution or a member's profile, all of which change public pages; so it may be kept until then.
     */
    Shared shared(SubjectRef subject, List<Reply> all) {
        Set<Long> authors = all.stream().map(Reply::authorId).collect(Collectors.toSet());
        Set<Long> hidden = subjects.pseudonymous(subject, authors);
        Map<Long, MemberCard> cards = members.cards(
                authors.stream().filter(id -> !hidden.contains(id)).toList());
        Map<Long, List<ReplyView.RevisionView>> history = new HashMap<>();
        List<Long> edited =
                all.stream().filter(r -> r.editedAt() != null).map(Reply::id).toList();
        if (!edited.isEmpty()) {
            for (ReplyRevision v : revisions.findByReplies(edited)) {
                history.computeIfAbsent(v.replyId(), k -> new ArrayList<>())
                        .add(new ReplyView.RevisionView(v.html(), v.writtenAt()));
            }
            // An edit's time says as much as a posting's: for the pseudonymous author, the day only.
            for (Reply r : all) {
                if (hidden.contains(r.authorId()) && history.containsKey(r.id())) {
                    history.put(
                            r.id(),
                            history.get(r.id()).stream()
                                    .map(v -> new ReplyView.RevisionView(v.html(), PublicTimes.day(v.writtenAt())))
                                    .toList());
                }
            }
        }
        return new Shared(subject, List.copyOf(all), Set.copyOf(hidden), Map.copyOf(cards), Map.copyOf(history));
    }

    /**
     * A thread's replies as {@link #shared} reads them, for every reader alike. The replies are detached entities,
     * only ever read.
     */
    record Shared(
            SubjectRef subject,
            List<Reply> all,
            Set<Long> hidden,
            Map<Long, MemberCard> cards,
            Map<Long, List<ReplyView.RevisionView>> history) {}

    /** The thread as this reader sees it: what is theirs (their replies, their reactions) on what is everyone's. */
    Tree tree(Shared shared, Viewer viewer) {
        SubjectRef subject = shared.subject();
        List<Reply> all = shared.all();
        Set<Long> hidden = shared.hidden();
        Map<Long, MemberCard> cards = shared.cards();
        Map<Long, List<ReplyView.RevisionView>> history = shared.history();
        Map<Long, ReactionBar> bars = reactions.threadBars(
                subject, all.stream().map(Reply::id).toList(), viewer == null ? null : viewer.id());
        return new Tree(all, r -> {
            ReplyAuthorView author;
            if (r.removed()) {
                author = null;
            } else if (hidden.contains(r.authorId())) {
                author = ReplyAuthorView.pseudonym();
            } else {
                MemberCard card = cards.get(r.authorId());
                author = card == null
                        ? new ReplyAuthorView(null, null, false)
                        : new ReplyAuthorView(card.displayName(), card.profilePath(), false);
            }
            boolean mine = viewer != null && viewer.id() == r.authorId();
            return new Tree.Node(
                    author,
                    r.removed() ? List.of() : history.getOrDefault(r.id(), List.of()),
                    mine,
                    mine && !r.removed() && withinWindow(r),
                    viewer != null && !r.removed() && (mine || viewer.moderator()),
                    bars.get(r.id()),
                    hidden.contains(r.authorId()));
        });
    }
}
