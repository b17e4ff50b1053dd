package org.hros.discussion.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.discussion.Discussions;
import org.hros.discussion.FollowState;
import org.hros.discussion.ReactionBar;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.ReplyChanged;
import org.hros.discussion.ReplyPosted;
import org.hros.discussion.ReplyView;
import org.hros.discussion.ThreadOptions;
import org.hros.discussion.ThreadView;
import org.hros.discussion.ThreadView.ComposeView;
import org.hros.discussion.Viewer;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.member.PublicProfile;
import org.hros.platform.KeptReads;
import org.hros.platform.TrustLimits;
import org.hros.shared.ForbiddenException;
import org.hros.shared.MarkdownRenderer;
import org.hros.shared.NotFoundException;
import org.hros.shared.SubjectInfo;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads of replies on public subjects: posting (with mentions and following), editing within a window with
 * the history kept, removing, and reading a thread as one reader sees it ({@link ThreadViews} decides who each
 * reply is shown as, when the thread is read, so a case made more private hides its author's replies at once).
 */
@Service
@Transactional(readOnly = true)
public class DiscussionService implements Discussions {

    public static final int PAGE_SIZE = 30;

    private final ReplyRepository replies;
    private final ReplyRevisionRepository revisions;
    private final ThreadViews views;
    private final Subjects subjects;
    private final Follows follows;
    private final ReactionService reactions;
    private final MemberDirectory members;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final TrustLimits trust;
    private final KeptReads.Kept<SubjectRef, ThreadViews.Shared> threads;

    DiscussionService(
            ReplyRepository replies,
            ReplyRevisionRepository revisions,
            ThreadViews views,
            Subjects subjects,
            Follows follows,
            ReactionService reactions,
            MemberDirectory members,
            ApplicationEventPublisher events,
            MessageSource messages,
            TrustLimits trust,
            Clock clock,
            KeptReads keptReads) {
        this.trust = trust;
        this.threads = keptReads.kind("threads", shared -> shared.all().size() + 1);
        this.replies = replies;
        this.revisions = revisions;
        this.views = views;
        this.subjects = subjects;
        this.follows = follows;
        this.reactions = reactions;
        this.members = members;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A thread as one reader sees it. What every reader sees alike (the subject, the replies and their authors) is kept
     * until public pages change ({@link KeptReads}); what is the reader's (their reactions, whether they follow, what
     * they may do with each reply) is read for them each time, with a few plain statements and no transaction.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ThreadView thread(SubjectRef subject, Viewer viewer, ThreadOptions options) {
        SubjectInfo info = subjects.requireToShow(subject);
        ThreadViews.Shared shared =
                threads.get(subject, () -> views.shared(subject, replies.findThread(subject.type(), subject.id())));
        List<Reply> all = shared.all();
        Tree tree = views.tree(shared, viewer);
        List<ReplyView> top = tree.children(null);
        int pages = Math.max(1, (top.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, options.page()), pages);
        List<ReplyView> shown = top.subList((page - 1) * PAGE_SIZE, Math.min(page * PAGE_SIZE, top.size()));
        ComposeView compose = ComposeView.EMPTY;
        Long target = options.quote() != null ? options.quote() : options.replyTo();
        if (viewer != null && target != null && all.stream().anyMatch(r -> r.id() == target && !r.removed())) {
            compose = compose(all, target, options.quote() != null);
        }
        return new ThreadView(
                subject,
                info.title(),
                info.path(),
                shown,
                page,
                pages,
                all.size(),
                all.isEmpty() ? 0 : all.get(all.size() - 1).id(),
                viewer == null ? FollowState.NONE : follows.state(subject, viewer.id()),
                viewer != null,
                pseudonymKey(subject.type()),
                compose);
    }

    /** One reply with the replies below it, for the page of a folded branch and for htmx fragments. */
    public Branch branch(long replyId, Viewer viewer) {
        Reply reply = replies.findById(replyId).orElseThrow(() -> new NotFoundException("No such reply"));
        SubjectInfo info = subjects.require(reply.subject());
        Tree tree = views.tree(
                reply.subject(),
                replies.findThread(reply.subject().type(), reply.subject().id()),
                viewer);
        return new Branch(info, tree.view(replyId), pseudonymKey(reply.subject().type()), viewer != null);
    }

    /** The reply form answering (or quoting) a reply. */
    public Branch composeFor(long replyId, boolean quote, Viewer viewer) {
        Branch branch = branch(replyId, viewer);
        List<Reply> all = replies.findThread(
                branch.subject().ref().type(), branch.subject().ref().id());
        return branch.with(compose(all, replyId, quote));
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ReactionBar reactions(SubjectRef subject, Long viewerId) {
        return reactions.bar(subject, viewerId);
    }

    @Override
    public long count(SubjectRef subject, ReactionKind kind) {
        return reactions.count(subject, kind);
    }

    @Override
    @Transactional
    public void follow(SubjectRef subject, long memberId) {
        follows.followUnlessMuted(subject, memberId);
    }

    @Transactional
    public FollowState setFollow(SubjectRef subject, long memberId, FollowState state) {
        subjects.require(subject);
        follows.set(subject, memberId, state);
        return state;
    }

    /** How many replies arrived after {@code afterId}. */
    public long newerThan(SubjectRef subject, long afterId) {
        subjects.require(subject);
        return replies.countNewer(subject.type(), subject.id(), afterId);
    }

    /**
     * Posts a reply, makes its author follow the thread unless they muted it, and tells the followers and the
     * members mentioned.
     *
     * @param parentId the reply answered, or {@code null} for a top-level reply
     * @throws org.hros.shared.FieldErrorsException when the text or the reply answered is not acceptable
     * @throws NotFoundException when the subject is not public
     */
    @Transactional
    public long post(SubjectRef subject, long authorId, String body, Long parentId) {
        SubjectInfo info = subjects.require(subject);
        String markdown = ReplyRules.checkBody(body);
        trust.checkLinks(authorId, "body", markdown);
        Reply parent = null;
        if (parentId != null) {
            parent = replies.findById(parentId)
                    .filter(p -> p.subject().equals(subject) && !p.removed())
                    .orElseThrow(() -> ReplyRules.invalid("parentId", "reply.parent.invalid"));
            if (parent.depth() >= ReplyRules.MAX_DEPTH) {
                throw ReplyRules.invalid("parentId", "reply.parent.tooDeep");
            }
        }
        Map<String, MemberCard> mentioned = mentioned(markdown);
        Reply reply = replies.save(
                new Reply(subject, parent, authorId, markdown, render(markdown, mentioned), clock.instant()));
        follows.followUnlessMuted(subject, authorId);
        Set<Long> followers =
                follows.followers(subject).stream().filter(id -> id != authorId).collect(Collectors.toSet());
        Set<Long> mentionedIds = mentioned.values().stream()
                .map(MemberCard::id)
                .filter(id -> id != authorId)
                .collect(Collectors.toSet());
        events.publishEvent(new ReplyPosted(
                reply.id(),
                subject,
                info.title(),
                info.path() + "#reply-" + reply.id(),
                shownAs(subject, authorId),
                followers,
                mentionedIds));
        events.publishEvent(new ReplyChanged(reply.id(), subject, false));
        return reply.id();
    }

    /**
     * Replaces the text of one's own reply within the edit window; the replaced text goes to its history. Members
     * the new text mentions for the first time are told, as if the reply had just been posted for them.
     *
     * @throws ForbiddenException for someone else's reply
     * @throws org.hros.shared.FieldErrorsException when the window has closed or the text is not acceptable
     */
    @Transactional
    public void edit(long replyId, long memberId, String body) {
        Reply reply = ownReply(replyId, memberId);
        if (reply.removed()) {
            throw new NotFoundException("This reply was removed");
        }
        if (!views.withinWindow(reply)) {
            throw ReplyRules.invalid("body", "reply.edit.closed");
        }
        String markdown = ReplyRules.checkBody(body);
        trust.checkLinks(memberId, "body", markdown);
        if (markdown.equals(reply.markdown())) {
            return;
        }
        Set<Long> mentionedBefore = ids(mentioned(reply.markdown()));
        Map<String, MemberCard> mentioned = mentioned(markdown);
        revisions.save(reply.edit(markdown, render(markdown, mentioned), clock.instant()));
        Set<Long> newlyMentioned = ids(mentioned).stream()
                .filter(id -> id != memberId && !mentionedBefore.contains(id))
                .collect(Collectors.toSet());
        if (!newlyMentioned.isEmpty()) {
            // Only the members the edit mentions for the first time hear of it; followers heard of the reply.
            subjects.find(reply.subject())
                    .ifPresent(info -> events.publishEvent(new ReplyPosted(
                            reply.id(),
                            reply.subject(),
                            info.title(),
                            info.path() + "#reply-" + reply.id(),
                            shownAs(reply.subject(), memberId),
                            Set.of(),
                            newlyMentioned)));
        }
        events.publishEvent(new ReplyChanged(reply.id(), reply.subject(), false));
    }

    private static Set<Long> ids(Map<String, MemberCard> mentioned) {
        return mentioned.values().stream().map(MemberCard::id).collect(Collectors.toSet());
    }

    /** The text of one's own reply, to edit it. */
    public String source(long replyId, long memberId) {
        Reply reply = ownReply(replyId, memberId);
        if (reply.removed()) {
            throw new NotFoundException("This reply was removed");
        }
        return reply.markdown();
    }

    /**
     * Removes a reply's text and history for good; its place in the thread stays, marked as removed. Its author
     * may remove it at any time, a moderator too.
     */
    @Transactional
    public void remove(long replyId, Viewer viewer) {
        Reply reply = replies.findById(replyId).orElseThrow(() -> new NotFoundException("No such reply"));
        if (reply.authorId() != viewer.id() && !viewer.moderator()) {
            throw new ForbiddenException("Only its author or an editor may remove a reply");
        }
        if (reply.removed()) {
            return;
        }
        reply.remove(clock.instant());
        revisions.deleteByReply(replyId);
        events.publishEvent(new ReplyChanged(reply.id(), reply.subject(), true));
    }

    /** Every reply of a subject in thread order (depth first), for the API. */
    public List<ReplyView> flat(SubjectRef subject, Viewer viewer) {
        subjects.require(subject);
        Tree tree = views.tree(subject, replies.findThread(subject.type(), subject.id()), viewer);
        List<ReplyView> flat = new ArrayList<>();
        tree.children(null).forEach(r -> flatten(r, flat));
        return flat;
    }

    /** One reply as the viewer sees it, e.g. after posting or editing it. */
    public ReplyView reply(long replyId, Viewer viewer) {
        return branch(replyId, viewer).reply();
    }

    /** The subject a reply belongs to. */
    public SubjectRef subjectOf(long replyId) {
        return replies.findById(replyId).map(Reply::subject).orElseThrow(() -> new NotFoundException("No such reply"));
    }

    public String pseudonym(SubjectType type) {
        return messages.getMessage(pseudonymKey(type), null, Locale.ENGLISH);
    }

    private static void flatten(ReplyView reply, List<ReplyView> into) {
        into.add(reply);
        reply.children().forEach(c -> flatten(c, into));
    }

    private Reply ownReply(long replyId, long memberId) {
        Reply reply = replies.findById(replyId).orElseThrow(() -> new NotFoundException("No such reply"));
        if (reply.authorId() != memberId) {
            throw new ForbiddenException("Only its author may change a reply");
        }
        return reply;
    }

    private ComposeView compose(List<Reply> thread, long replyId, boolean quote) {
        Reply target = thread.stream()
                .filter(r -> r.id() == replyId && !r.removed())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such reply"));
        String body = quote ? quoted(target.markdown()) : "";
        return new ComposeView(body, target.id(), null);
    }

    /** The text as a Markdown blockquote, followed by an empty line for the answer. */
    static String quoted(String markdown) {
        return markdown.strip()
                        .lines()
                        .map(line -> line.isBlank() ? ">" : "> " + line)
                        .collect(Collectors.joining("\n"))
                + "\n\n";
    }

    /**
     * The handles a text mentions that belong to no member, in order, so that its writer can be told that nobody
     * heard of it (a mistyped {@code @mya} is otherwise silently plain text).
     */
    public List<String> unmatchedMentions(String markdown) {
        if (markdown == null) {
            return List.of();
        }
        Map<String, MemberCard> found = mentioned(markdown);
        return Mentions.handles(markdown).stream()
                .filter(handle -> !found.containsKey(handle))
                .toList();
    }

    private Map<String, MemberCard> mentioned(String markdown) {
        Map<String, MemberCard> found = new LinkedHashMap<>();
        for (String handle : Mentions.handles(markdown)) {
            members.publicProfile(handle).map(PublicProfile::card).ifPresent(card -> found.put(handle, card));
        }
        return found;
    }

    private static String render(String markdown, Map<String, MemberCard> mentioned) {
        return MarkdownRenderer.toSafeHtml(Mentions.linked(markdown, mentioned));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> replyAuthorShownAs(long replyId) {
        return replies.findById(replyId)
                .filter(r -> !r.removed())
                .map(r -> shownAs(r.subject(), r.authorId()))
                .filter(name -> !name.isBlank());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> replyAuthorsShownAs(Collection<Long> replyIds) {
        Map<Long, String> shown = new HashMap<>();
        // Notices on one page are mostly about a few threads and a few people: each pair is looked up once.
        Map<List<Object>, String> names = new HashMap<>();
        for (Reply reply : replies.findAllById(replyIds)) {
            if (reply.removed()) {
                continue;
            }
            String name = names.computeIfAbsent(
                    List.of(reply.subject(), reply.authorId()), k -> shownAs(reply.subject(), reply.authorId()));
            if (!name.isBlank()) {
                shown.put(reply.id(), name);
            }
        }
        return shown;
    }

    private String shownAs(SubjectRef subject, long authorId) {
        if (subjects.speaksAsAuthor(subject, authorId)) {
            return pseudonym(subject.type());
        }
        return members.find(authorId).map(MemberCard::displayName).orElse("");
    }

    private static String pseudonymKey(SubjectType type) {
        return "discussion.pseudonym." + type.name();
    }

    /** A reply and what surrounds it, for the page of a folded branch. */
    public record Branch(
            SubjectInfo subject, ReplyView reply, String pseudonymKey, boolean signedIn, ComposeView compose) {

        Branch(SubjectInfo subject, ReplyView reply, String pseudonymKey, boolean signedIn) {
            this(subject, reply, pseudonymKey, signedIn, ComposeView.EMPTY);
        }

        Branch with(ComposeView compose) {
            return new Branch(subject, reply, pseudonymKey, signedIn, compose);
        }
    }
}
