package org.hros.practice.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.circle.CircleMemberships;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.member.PublicProfile;
import org.hros.platform.RateLimits;
import org.hros.practice.GoalVisibility;
import org.hros.practice.domain.GoalViews.CheckInView;
import org.hros.practice.domain.GoalViews.GoalPage;
import org.hros.practice.domain.GoalViews.GoalSummary;
import org.hros.practice.domain.GoalViews.ProgressPage;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.ForbiddenException;
import org.hros.shared.NotFoundException;
import org.hros.shared.SubjectInfo;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting, changing and checking in on practice goals, and reading them as far as the viewer may: a goal the
 * viewer may not see answers 404 exactly like one that does not exist; a goal they may see but do not own
 * answers 403 to changes.
 */
@Service
public class GoalService {

    static final int MAX_LINKS = 10;
    static final BigDecimal MAX_VALUE = new BigDecimal("999999999999");

    private final GoalRepository goals;
    private final CheckInRepository checkIns;
    private final SubjectLinks links;
    private final CircleMemberships circles;
    private final MemberDirectory directory;
    private final RateLimits limits;
    private final ResponseReads responses;
    private final Clock clock;

    GoalService(
            GoalRepository goals,
            CheckInRepository checkIns,
            SubjectLinks links,
            CircleMemberships circles,
            MemberDirectory directory,
            RateLimits limits,
            ResponseReads responses,
            Clock clock) {
        this.goals = goals;
        this.checkIns = checkIns;
        this.links = links;
        this.circles = circles;
        this.directory = directory;
        this.limits = limits;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * Checks what a member typed and resolves the inspiring links.
     *
     * @param linkLines one address or name of a case or request per entry
     */
    public GoalCommand command(
            String title,
            String description,
            GoalVisibility visibility,
            List<String> linkLines,
            String metricUnit,
            BigDecimal metricTarget) {
        List<FieldError> errors = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.length() < 3 || cleanTitle.length() > 200) {
            errors.add(new FieldError("title", "goal.title.invalid"));
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > 2000) {
            errors.add(new FieldError("description", "goal.description.invalid"));
        }
        if (visibility == null) {
            errors.add(new FieldError("visibility", "goal.visibility.invalid"));
        }
        Set<SubjectRef> refs = new LinkedHashSet<>();
        for (String line : linkLines == null ? List.<String>of() : linkLines) {
            if (line == null || line.isBlank()) {
                continue;
            }
            SubjectRef ref = SubjectLinks.parse(line).orElse(null);
            if (ref == null || links.find(ref).isEmpty()) {
                errors.add(new FieldError("links", "goal.links.unknown"));
                break;
            }
            refs.add(ref);
        }
        if (refs.size() > MAX_LINKS) {
            errors.add(new FieldError("links", "goal.links.tooMany"));
        }
        String unit = metricUnit == null || metricUnit.isBlank() ? null : metricUnit.strip();
        if (unit != null && unit.length() > 40) {
            errors.add(new FieldError("metricUnit", "goal.metricUnit.invalid"));
        }
        if (metricTarget != null && unit == null) {
            errors.add(new FieldError("metricUnit", "goal.metricUnit.required"));
        }
        if (metricTarget != null && !inRange(metricTarget)) {
            errors.add(new FieldError("metricTarget", "goal.value.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return new GoalCommand(cleanTitle, cleanDescription, visibility, List.copyOf(refs), unit, metricTarget);
    }

    @Transactional
    public long create(long ownerId, GoalCommand command) {
        limits.consume(RateLimits.Action.POST, "member:" + ownerId);
        return goals.save(new Goal(ownerId, command, clock.instant())).id();
    }

    @Transactional
    public void update(long goalId, Long viewerId, GoalCommand command) {
        own(goalId, viewerId).change(command, clock.instant());
    }

    @Transactional
    public void delete(long goalId, Long viewerId) {
        goals.delete(own(goalId, viewerId));
    }

    /** Adds a check-in to one's own goal; returns its id. A value needs a goal that measures something. */
    @Transactional
    public long checkIn(long goalId, Long viewerId, String note, BigDecimal value) {
        Goal goal = own(goalId, viewerId);
        List<FieldError> errors = new ArrayList<>();
        String clean = note == null ? "" : note.strip();
        if (clean.isEmpty() || clean.length() > 2000) {
            errors.add(new FieldError("note", "goal.checkIn.note.invalid"));
        }
        if (value != null && (goal.metricUnit() == null || !inRange(value))) {
            errors.add(new FieldError("value", "goal.value.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        limits.consume(RateLimits.Action.POST, "member:" + viewerId);
        Instant now = clock.instant();
        goal.touched(now);
        return checkIns.save(new CheckIn(goalId, clean, value, now)).id();
    }

    @Transactional
    public void deleteCheckIn(long goalId, long checkInId, Long viewerId) {
        own(goalId, viewerId);
        CheckIn checkIn =
                checkIns.findById(checkInId).filter(c -> c.goalId() == goalId).orElseThrow(GoalService::notFound);
        checkIns.delete(checkIn);
    }

    /** A goal with its check-ins, if the viewer may see it. */
    @Transactional(readOnly = true)
    public GoalPage goal(long goalId, Long viewerId) {
        Goal goal = visible(goalId, viewerId);
        MemberCard owner = directory.find(goal.ownerId()).orElseThrow(GoalService::notFound);
        List<SubjectRef> refs = goal.inspiredBy();
        boolean mine = viewerId != null && viewerId == goal.ownerId();
        // A case its owner wrote without their name on it is never linked beside their name: anyone else who sees
        // the goal would learn who wrote the case. The owner still sees the link, with a note why only they do.
        List<SubjectInfo> shown = new java.util.ArrayList<>();
        List<SubjectInfo> privateToOwner = new java.util.ArrayList<>();
        for (SubjectInfo info : links.resolve(refs)) {
            if (!links.writtenUnnamedBy(info.ref(), goal.ownerId())) {
                shown.add(info);
            } else if (mine) {
                privateToOwner.add(info);
            }
        }
        List<CheckInView> shownCheckIns =
                checkIns.findByGoal(goalId).stream().map(GoalService::view).toList();
        return new GoalPage(
                goal.id(),
                owner,
                mine,
                goal.title(),
                goal.description(),
                goal.visibility(),
                goal.metricUnit(),
                goal.metricTarget(),
                shown,
                privateToOwner,
                mine ? refs.stream().map(GoalService::text).toList() : List.of(),
                shownCheckIns,
                goal.updatedAt(),
                viewerId != null,
                responses.of(shownCheckIns.stream().map(CheckInView::id).toList(), viewerId));
    }

    /** The viewer's own goals. */
    @Transactional(readOnly = true)
    public List<GoalSummary> myGoals(long ownerId) {
        return summaries(goals.findByOwner(ownerId));
    }

    /** A member's goals that the viewer may see, for their progress page. */
    @Transactional(readOnly = true)
    public ProgressPage progress(String handle, Long viewerId) {
        PublicProfile profile = directory.publicProfile(handle).orElseThrow(GoalService::notFound);
        MemberCard member = profile.card();
        boolean mine = viewerId != null && viewerId == member.id();
        boolean mate = !mine && viewerId != null && circles.shareACircle(member.id(), viewerId);
        List<Goal> visible = goals.findByOwner(member.id()).stream()
                .filter(g -> mine
                        || g.visibility() == GoalVisibility.EVERYONE
                        || (mate && g.visibility() == GoalVisibility.MY_CIRCLES))
                .toList();
        return new ProgressPage(member, mine, summaries(visible));
    }

    /** The goals these members share with circles or everyone, for a circle page. */
    @Transactional(readOnly = true)
    public List<GoalSummaryWithOwner> sharedBy(java.util.Collection<Long> ownerIds, int limit) {
        List<Goal> found = goals.findShared(
                ownerIds,
                List.of(GoalVisibility.MY_CIRCLES, GoalVisibility.EVERYONE),
                org.springframework.data.domain.PageRequest.of(0, limit));
        List<GoalSummary> summaries = summaries(found);
        List<GoalSummaryWithOwner> result = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            result.add(new GoalSummaryWithOwner(found.get(i).ownerId(), summaries.get(i)));
        }
        return result;
    }

    record GoalSummaryWithOwner(long ownerId, GoalSummary goal) {}

    private List<GoalSummary> summaries(List<Goal> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CheckIn>> byGoal = checkIns
                .findByGoals(found.stream().map(Goal::id).toList())
                .stream()
                .collect(Collectors.groupingBy(CheckIn::goalId));
        return found.stream()
                .map(g -> {
                    List<CheckIn> mine = byGoal.getOrDefault(g.id(), List.of());
                    CheckInView latest = mine.isEmpty() ? null : view(mine.get(mine.size() - 1));
                    return new GoalSummary(
                            g.id(), g.title(), g.visibility(), g.metricUnit(), g.metricTarget(), mine.size(), latest);
                })
                .toList();
    }

    /** The goal, if the viewer may see it; the same 404 as for a goal that does not exist otherwise. */
    Goal visibleGoal(long goalId, Long viewerId) {
        return visible(goalId, viewerId);
    }

    private Goal visible(long goalId, Long viewerId) {
        Goal goal = goals.findById(goalId).orElseThrow(GoalService::notFound);
        if (!canSee(goal, viewerId)) {
            throw notFound();
        }
        return goal;
    }

    private Goal own(long goalId, Long viewerId) {
        Goal goal = visible(goalId, viewerId);
        if (viewerId == null || goal.ownerId() != viewerId) {
            throw new ForbiddenException("Only the goal's owner may change it.");
        }
        return goal;
    }

    private boolean canSee(Goal goal, Long viewerId) {
        if (viewerId != null && viewerId == goal.ownerId()) {
            return true;
        }
        return switch (goal.visibility()) {
            case EVERYONE -> true;
            case MY_CIRCLES -> viewerId != null && circles.shareACircle(goal.ownerId(), viewerId);
            case ONLY_ME -> false;
        };
    }

    private static boolean inRange(BigDecimal value) {
        return value.abs().compareTo(MAX_VALUE) <= 0
                && value.stripTrailingZeros().scale() <= 2;
    }

    private static String text(SubjectRef ref) {
        return (ref.type() == SubjectType.CASE ? "/cases/" : "/requests/") + ref.id();
    }

    static CheckInView view(CheckIn c) {
        return new CheckInView(c.id(), c.note(), c.metricValue(), c.createdAt());
    }

    static NotFoundException notFound() {
        return new NotFoundException("There is no such goal, or it is not shared with you.");
    }
}
