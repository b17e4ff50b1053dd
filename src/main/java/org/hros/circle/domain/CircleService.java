package org.hros.circle.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.circle.CirclePostAdded;
import org.hros.circle.CircleRole;
import org.hros.circle.CircleSharedGoals;
import org.hros.circle.CircleThreadOpened;
import org.hros.circle.domain.CircleAccess.Inside;
import org.hros.circle.domain.CircleViews.CirclePage;
import org.hros.circle.domain.CircleViews.CircleSummary;
import org.hros.circle.domain.CircleViews.GoalLine;
import org.hros.circle.domain.CircleViews.PostView;
import org.hros.circle.domain.CircleViews.ThreadLine;
import org.hros.circle.domain.CircleViews.ThreadPage;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.platform.RateLimits;
import org.hros.platform.TrustLimits;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.MarkdownRenderer;
import org.hros.shared.PageView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating circles and everything members do inside them: clinic threads, replies and check-ins. Every method
 * that takes a circle id goes through {@link CircleAccess} first.
 */
@Service
public class CircleService {

    public static final int DEFAULT_SIZE = 12;
    public static final int MAX_SIZE = 50;
    static final int MAX_POST = 10_000;
    static final int MAX_CHECK_IN = 1_000;
    static final int RECENT = 10;

    private final CircleRepository circles;
    private final CircleMemberRepository members;
    private final CircleThreadRepository threads;
    private final CirclePostRepository posts;
    private final CircleAccess access;
    private final MemberDirectory directory;
    private final ObjectProvider<CircleSharedGoals> sharedGoals;
    private final RateLimits limits;
    private final TrustLimits trust;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CircleService(
            CircleRepository circles,
            CircleMemberRepository members,
            CircleThreadRepository threads,
            CirclePostRepository posts,
            CircleAccess access,
            MemberDirectory directory,
            ObjectProvider<CircleSharedGoals> sharedGoals,
            RateLimits limits,
            TrustLimits trust,
            ApplicationEventPublisher events,
            Clock clock) {
        this.trust = trust;
        this.circles = circles;
        this.members = members;
        this.threads = threads;
        this.posts = posts;
        this.access = access;
        this.directory = directory;
        this.sharedGoals = sharedGoals;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a circle with its creator as its first facilitator; returns its id. */
    @Transactional
    public long create(long memberId, CircleCommand command) {
        CircleCommand c = validate(command, 1);
        Instant now = clock.instant();
        Circle circle = circles.save(
                new Circle(c.name(), c.purpose(), c.sizeLimit(), c.chathamHouse(), c.noteRetentionDays(), now));
        members.save(new CircleMember(circle.id(), memberId, CircleRole.FACILITATOR, now));
        return circle.id();
    }

    @Transactional(readOnly = true)
    public List<CircleSummary> myCircles(long memberId) {
        Map<Long, CircleRole> roles = members.findByMember(memberId).stream()
                .collect(Collectors.toMap(CircleMember::circleId, CircleMember::role));
        if (roles.isEmpty()) {
            return List.of();
        }
        return circles.findAllByIdOrdered(roles.keySet()).stream()
                .map(c -> new CircleSummary(
                        c.id(), c.name(), c.purpose(), roles.get(c.id()), members.countByCircle(c.id()), c.sizeLimit()))
                .toList();
    }

    @Transactional(readOnly = true)
    public CirclePage page(long circleId, Long viewerId) {
        Inside inside = access.member(circleId, viewerId);
        Circle circle = inside.circle();
        List<ThreadLine> clinics = clinicLines(circle, 1, RECENT).items();
        List<Long> memberIds = members.findByCircle(circleId).stream()
                .map(CircleMember::memberId)
                .toList();
        return new CirclePage(
                circle.id(),
                circle.name(),
                circle.purpose(),
                circle.sizeLimit(),
                memberIds.size(),
                circle.chathamHouse(),
                circle.noteRetentionDays(),
                inside.me().role(),
                clinics,
                threads.countByCircle(circleId, CircleThread.Kind.CLINIC),
                checkIns(circle, RECENT, viewerId),
                goals(memberIds));
    }

    /** A page of the circle's clinic threads, most recently active first. */
    @Transactional(readOnly = true)
    public PageView<ThreadLine> clinics(long circleId, Long viewerId, int page, int size) {
        return clinicLines(access.member(circleId, viewerId).circle(), page, size);
    }

    @Transactional(readOnly = true)
    public ThreadPage thread(long circleId, long threadId, Long viewerId) {
        Circle circle = access.member(circleId, viewerId).circle();
        CircleThread thread = clinicOf(circle, threadId);
        boolean anonymous = thread.chathamHouse(circle);
        return new ThreadPage(
                circle.id(),
                circle.name(),
                thread.id(),
                thread.title(),
                anonymous,
                views(posts.findByThread(threadId), anonymous, viewerId));
    }

    /** The newest check-ins of the circle. */
    @Transactional(readOnly = true)
    public List<PostView> checkIns(long circleId, Long viewerId, int limit) {
        return checkIns(access.member(circleId, viewerId).circle(), limit, viewerId);
    }

    /**
     * Opens a clinic thread with its first post; returns the thread's id.
     *
     * @param chathamHouse whether this thread hides names even if the circle does not
     */
    @Transactional
    public long openClinic(long circleId, Long viewerId, String title, String markdown, Boolean chathamHouse) {
        Circle circle = access.member(circleId, viewerId).circle();
        List<FieldError> errors = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.length() < 3 || cleanTitle.length() > 200) {
            errors.add(new FieldError("title", "circle.thread.title.invalid"));
        }
        String html = renderPost(markdown, "body", errors);
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        trust.checkLinks(viewerId, "body", markdown);
        limits.consume(RateLimits.Action.POST, "member:" + viewerId);
        Instant now = clock.instant();
        CircleThread thread = threads.save(new CircleThread(
                circleId,
                CircleThread.Kind.CLINIC,
                cleanTitle,
                circle.chathamHouse() || Boolean.TRUE.equals(chathamHouse),
                viewerId,
                now));
        posts.save(new CirclePost(thread.id(), viewerId, html, now));
        Set<Long> others = new HashSet<>();
        members.findByCircle(circleId).forEach(m -> others.add(m.memberId()));
        others.remove(viewerId);
        events.publishEvent(new CircleThreadOpened(
                circleId,
                thread.id(),
                circle.name(),
                shownAs(viewerId, thread.chathamHouse(circle)),
                others,
                "/circles/" + circleId + "/threads/" + thread.id()));
        return thread.id();
    }

    /** Adds a reply to a clinic thread; returns the post's id. */
    @Transactional
    public long reply(long circleId, long threadId, Long viewerId, String markdown) {
        Circle circle = access.member(circleId, viewerId).circle();
        CircleThread thread = clinicOf(circle, threadId);
        List<FieldError> errors = new ArrayList<>();
        String html = renderPost(markdown, "body", errors);
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        trust.checkLinks(viewerId, "body", markdown);
        limits.consume(RateLimits.Action.POST, "member:" + viewerId);
        Instant now = clock.instant();
        thread.touched(now);
        long postId =
                posts.save(new CirclePost(thread.id(), viewerId, html, now)).id();
        Set<Long> inCircle = new HashSet<>();
        members.findByCircle(circleId).forEach(m -> inCircle.add(m.memberId()));
        Long opener = thread.authorId();
        Long threadAuthor = opener != null && !opener.equals(viewerId) && inCircle.contains(opener) ? opener : null;
        Set<Long> participants = new HashSet<>(posts.findAuthors(threadId));
        participants.retainAll(inCircle);
        participants.remove(viewerId);
        participants.remove(opener);
        events.publishEvent(new CirclePostAdded(
                circleId,
                threadId,
                postId,
                circle.name(),
                shownAs(viewerId, thread.chathamHouse(circle)),
                threadAuthor,
                participants,
                "/circles/" + circleId + "/threads/" + threadId + "#post-" + postId));
        return postId;
    }

    /** Posts a short check-in to the circle; returns its id. */
    @Transactional
    public long checkIn(long circleId, Long viewerId, String text) {
        Circle circle = access.member(circleId, viewerId).circle();
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_CHECK_IN) {
            throw new FieldErrorsException(List.of(new FieldError("text", "circle.checkIn.invalid")));
        }
        trust.checkLinks(viewerId, "text", clean);
        limits.consume(RateLimits.Action.POST, "member:" + viewerId);
        Instant now = clock.instant();
        CircleThread thread = threads.save(
                new CircleThread(circleId, CircleThread.Kind.CHECK_IN, null, circle.chathamHouse(), viewerId, now));
        return posts.save(new CirclePost(thread.id(), viewerId, MarkdownRenderer.toSafeHtml(clean), now))
                .id();
    }

    /** A writer's name as the circle shows it, or none under the Chatham House rule. */
    private String shownAs(long writerId, boolean chathamHouse) {
        if (chathamHouse) {
            return null;
        }
        return directory.find(writerId).map(MemberCard::displayName).orElse(null);
    }

    private PageView<ThreadLine> clinicLines(Circle circle, int page, int size) {
        List<CircleThread> found = threads.findByCircle(
                circle.id(), CircleThread.Kind.CLINIC, PageRequest.of(Math.max(0, page - 1), size));
        Map<Long, Long> counts = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] row :
                    posts.countByThreads(found.stream().map(CircleThread::id).toList())) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        List<ThreadLine> lines = found.stream()
                .map(t -> new ThreadLine(
                        t.id(), t.title(), t.chathamHouse(circle), counts.getOrDefault(t.id(), 0L), t.lastPostAt()))
                .toList();
        return new PageView<>(lines, page, size, threads.countByCircle(circle.id(), CircleThread.Kind.CLINIC));
    }

    private List<PostView> checkIns(Circle circle, int limit, Long viewerId) {
        List<CircleThread> found =
                threads.findByCircle(circle.id(), CircleThread.Kind.CHECK_IN, PageRequest.of(0, limit));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, CircleThread> byId = found.stream().collect(Collectors.toMap(CircleThread::id, t -> t));
        List<CirclePost> all = new ArrayList<>(posts.findByThreads(byId.keySet()));
        all.removeIf(p -> !p.visibleTo(viewerId));
        all.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        List<PostView> result = new ArrayList<>();
        Map<Long, MemberCard> cards = cards(all);
        for (CirclePost post : all) {
            result.add(view(post, byId.get(post.threadId()).chathamHouse(circle), cards, viewerId));
        }
        return result;
    }

    private List<GoalLine> goals(List<Long> memberIds) {
        CircleSharedGoals provider = sharedGoals.getIfAvailable();
        if (provider == null || memberIds.isEmpty()) {
            return List.of();
        }
        List<CircleSharedGoals.SharedGoal> goals = provider.sharedBy(memberIds, 20);
        Map<Long, MemberCard> cards = directory.cards(
                goals.stream().map(CircleSharedGoals.SharedGoal::ownerId).toList());
        return goals.stream()
                .filter(g -> cards.containsKey(g.ownerId()))
                .map(g -> new GoalLine(
                        g,
                        cards.get(g.ownerId()).displayName(),
                        cards.get(g.ownerId()).handle()))
                .toList();
    }

    private CircleThread clinicOf(Circle circle, long threadId) {
        return threads.findById(threadId)
                .filter(t -> t.circleId() == circle.id() && t.kind() == CircleThread.Kind.CLINIC)
                .orElseThrow(CircleAccess::notFound);
    }

    private List<PostView> views(List<CirclePost> all, boolean anonymous, Long viewerId) {
        List<CirclePost> found = all.stream().filter(p -> p.visibleTo(viewerId)).toList();
        Map<Long, MemberCard> cards = anonymous ? Map.of() : cards(found);
        return found.stream().map(p -> view(p, anonymous, cards, viewerId)).toList();
    }

    private Map<Long, MemberCard> cards(Collection<CirclePost> found) {
        return directory.cards(found.stream()
                .map(CirclePost::authorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    }

    /** Under the Chatham House rule the view gets no name, no handle and no id that could lead to the author. */
    private static PostView view(CirclePost post, boolean anonymous, Map<Long, MemberCard> cards, Long viewerId) {
        MemberCard card = anonymous || post.authorId() == null ? null : cards.get(post.authorId());
        return new PostView(
                post.id(),
                card == null ? null : card.displayName(),
                card == null ? null : card.handle(),
                post.bodyHtml(),
                post.createdAt(),
                post.authorId() != null && post.authorId().equals(viewerId),
                post.hidden());
    }

    private static String renderPost(String markdown, String field, List<FieldError> errors) {
        if (markdown == null || markdown.isBlank() || markdown.length() > MAX_POST) {
            errors.add(new FieldError(field, "circle.post.invalid"));
            return "";
        }
        String html = MarkdownRenderer.toSafeHtml(markdown);
        if (html.isBlank()) {
            errors.add(new FieldError(field, "circle.post.invalid"));
        }
        return html;
    }

    /** Checks a circle's settings; {@code currentMembers} is the least the size limit may be. */
    static CircleCommand validate(CircleCommand c, long currentMembers) {
        List<FieldError> errors = new ArrayList<>();
        String name = c.name() == null ? "" : c.name().strip();
        String purpose = c.purpose() == null ? "" : c.purpose().strip();
        int size = c.sizeLimit() == null ? DEFAULT_SIZE : c.sizeLimit();
        if (name.length() < 3 || name.length() > 80) {
            errors.add(new FieldError("name", "circle.name.invalid"));
        }
        if (purpose.isEmpty() || purpose.length() > 500) {
            errors.add(new FieldError("purpose", "circle.purpose.invalid"));
        }
        if (size < 2 || size > MAX_SIZE) {
            errors.add(new FieldError("sizeLimit", "circle.sizeLimit.invalid"));
        } else if (size < currentMembers) {
            errors.add(new FieldError("sizeLimit", "circle.sizeLimit.belowMembers"));
        }
        Integer days = c.noteRetentionDays();
        if (days != null && (days < 1 || days > 3650)) {
            errors.add(new FieldError("noteRetentionDays", "circle.retention.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return new CircleCommand(name, purpose, size, Boolean.TRUE.equals(c.chathamHouse()), days);
    }
}
