package org.hros.practice.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.platform.RateLimits;
import org.hros.practice.CheckInCommented;
import org.hros.practice.CheckInReacted;
import org.hros.practice.CheckInReaction;
import org.hros.practice.domain.GoalViews.CommentView;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.ForbiddenException;
import org.hros.shared.MarkdownRenderer;
import org.hros.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cheers, "useful"s and comments on check-ins, by the members who may see the goal (as {@link GoalService}
 * decides: anyone else gets the same 404 as for a goal that does not exist). A reaction is one per member, kind
 * and check-in, toggles, and is never on one's own goal; a comment may be edited or deleted by its writer only. The
 * goal's owner is told through {@link CheckInReacted} and {@link CheckInCommented}.
 */
@Service
public class CheckInResponses {

    static final int MAX_COMMENT = 2000;

    private final GoalService goals;
    private final CheckInRepository checkIns;
    private final MemberDirectory directory;
    private final JdbcClient jdbc;
    private final ResponseReads reads;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckInResponses(
            GoalService goals,
            CheckInRepository checkIns,
            MemberDirectory directory,
            JdbcClient jdbc,
            ResponseReads reads,
            RateLimits limits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.goals = goals;
        this.checkIns = checkIns;
        this.directory = directory;
        this.jdbc = jdbc;
        this.reads = reads;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /** Parses a reaction's name as a form sends it; a field error for anything else. */
    public static CheckInReaction reaction(String kind) {
        if (kind != null) {
            for (CheckInReaction r : CheckInReaction.values()) {
                if (r.name().equals(kind)) {
                    return r;
                }
            }
        }
        throw new FieldErrorsException(List.of(new FieldError("kind", "goal.reaction.invalid")));
    }

    /** Gives the reaction, or takes it back if the viewer had given it; returns whether it is given now. */
    @Transactional
    public boolean toggle(long goalId, long checkInId, Long viewerId, CheckInReaction reaction) {
        Goal goal = checkInOf(goalId, checkInId, viewerId);
        if (goal.ownerId() == viewerId) {
            throw new ForbiddenException("Nobody reacts to their own check-in.");
        }
        int removed = jdbc.sql("delete from practice_check_in_reaction where check_in_id = ? and member_id = ?"
                        + " and kind = ?")
                .params(checkInId, viewerId, reaction.name())
                .update();
        if (removed > 0) {
            return false;
        }
        limits.consume(RateLimits.Action.POST, "member:" + viewerId);
        int added = jdbc.sql("insert into practice_check_in_reaction (check_in_id, member_id, kind, created_at)"
                        + " values (?, ?, ?, ?) on conflict do nothing")
                .params(checkInId, viewerId, reaction.name(), java.sql.Timestamp.from(clock.instant()))
                .update();
        if (added > 0) {
            events.publishEvent(new CheckInReacted(
                    goalId,
                    checkInId,
                    goal.ownerId(),
                    goal.title(),
                    viewerId,
                    nameOf(viewerId),
                    reaction,
                    "/goals/" + goalId + "#check-in-" + checkInId));
        }
        return true;
    }

    /** Adds a comment; returns its id. */
    @Transactional
    public long comment(long goalId, long checkInId, Long viewerId, String markdown) {
        Goal goal = checkInOf(goalId, checkInId, viewerId);
        String clean = valid(markdown);
        limits.consume(RateLimits.Action.POST, "member:" + viewerId);
        long id = jdbc.sql("insert into practice_check_in_comment (check_in_id, author_id, markdown, body_html,"
                        + " created_at) values (?, ?, ?, ?, ?) returning id")
                .params(
                        checkInId,
                        viewerId,
                        clean,
                        MarkdownRenderer.toSafeHtml(clean),
                        java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        if (goal.ownerId() != viewerId) {
            events.publishEvent(new CheckInCommented(
                    id,
                    goalId,
                    checkInId,
                    goal.ownerId(),
                    goal.title(),
                    nameOf(viewerId),
                    "/goals/" + goalId + "#comment-" + id));
        }
        return id;
    }

    /** The viewer's own comment, for its edit form or its confirmation. */
    @Transactional(readOnly = true)
    public CommentView ownComment(long goalId, long checkInId, long commentId, Long viewerId) {
        checkInOf(goalId, checkInId, viewerId);
        CommentView comment = reads.comments(List.of(checkInId), viewerId).getOrDefault(checkInId, List.of()).stream()
                .filter(c -> c.id() == commentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such comment"));
        if (!comment.mine()) {
            throw new ForbiddenException("Only its writer may change a comment.");
        }
        return comment;
    }

    @Transactional
    public void editComment(long goalId, long checkInId, long commentId, Long viewerId, String markdown) {
        ownComment(goalId, checkInId, commentId, viewerId);
        String clean = valid(markdown);
        jdbc.sql("update practice_check_in_comment set markdown = ?, body_html = ?, edited_at = ? where id = ?")
                .params(clean, MarkdownRenderer.toSafeHtml(clean), java.sql.Timestamp.from(clock.instant()), commentId)
                .update();
    }

    @Transactional
    public void deleteComment(long goalId, long checkInId, long commentId, Long viewerId) {
        ownComment(goalId, checkInId, commentId, viewerId);
        jdbc.sql("delete from practice_check_in_comment where id = ?")
                .param(commentId)
                .update();
    }

    private Goal checkInOf(long goalId, long checkInId, Long viewerId) {
        if (viewerId == null) {
            throw GoalService.notFound();
        }
        Goal goal = goals.visibleGoal(goalId, viewerId);
        Optional<CheckIn> checkIn = checkIns.findById(checkInId).filter(c -> c.goalId() == goalId);
        if (checkIn.isEmpty()) {
            throw GoalService.notFound();
        }
        return goal;
    }

    private static String valid(String markdown) {
        String clean = markdown == null ? "" : markdown.strip();
        if (clean.isEmpty() || clean.length() > MAX_COMMENT || hasControlCharacters(clean)) {
            throw new FieldErrorsException(List.of(new FieldError("comment", "goal.comment.invalid")));
        }
        return clean;
    }

    private static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
    }

    private String nameOf(long memberId) {
        return directory.find(memberId).map(MemberCard::displayName).orElse(null);
    }
}
