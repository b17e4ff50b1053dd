package org.hros.team.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.team.TeamTraining;
import org.hros.team.TeamTraining.AssignableTrack;
import org.hros.team.TeamTraining.MemberProgress;
import org.hros.team.domain.TeamViews.AssignmentLine;
import org.hros.team.domain.TeamViews.MyAssignment;
import org.hros.team.domain.TeamViews.ProgressCell;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracks a team is to learn and by when. Leads assign a published track once per team, with a due date that is
 * not in the past (days are UTC days) and at most {@value #MAX_YEARS_AHEAD} years ahead; they may move the date or
 * remove the assignment, which leaves everyone's progress on the track as it is.
 */
@Service
public class TeamAssignments {

    static final int MAX_YEARS_AHEAD = 2;

    private final TeamAssignmentRepository assignments;
    private final TeamAccess access;
    private final TrainingData data;
    private final Clock clock;

    TeamAssignments(TeamAssignmentRepository assignments, TeamAccess access, TrainingData data, Clock clock) {
        this.assignments = assignments;
        this.access = access;
        this.data = data;
        this.clock = clock;
    }

    public boolean trainingAvailable() {
        return data.training().isPresent();
    }

    /** The tracks a lead may pick from, or none when training data is not available. */
    @Transactional(readOnly = true)
    public List<AssignableTrack> assignable(long teamId, Long viewerId) {
        access.lead(teamId, viewerId);
        return data.training().map(TeamTraining::assignableTracks).orElse(List.of());
    }

    /** A lead assigns a track; returns the assignment's id. */
    @Transactional
    public long assign(long teamId, Long viewerId, String trackSlug, LocalDate dueOn) {
        access.lead(teamId, viewerId);
        List<FieldError> errors = new ArrayList<>();
        String slug = trackSlug == null ? "" : trackSlug.strip();
        AssignableTrack track = null;
        if (data.training().isEmpty()) {
            errors.add(new FieldError("track", "team.assign.track.unavailable"));
        } else if (slug.isEmpty() || slug.length() > 120) {
            errors.add(new FieldError("track", "team.assign.track.required"));
        } else {
            track = data.training().get().track(slug).orElse(null);
            if (track == null) {
                errors.add(new FieldError("track", "team.assign.track.invalid"));
            } else if (assignments.exists(teamId, slug)) {
                errors.add(new FieldError("track", "team.assign.track.duplicate"));
            }
        }
        checkDue(dueOn, errors);
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return assignments
                .save(new TeamAssignment(teamId, track.slug(), track.title(), dueOn, viewerId, clock.instant()))
                .id();
    }

    /** A lead moves an assignment's due date. */
    @Transactional
    public void change(long teamId, Long viewerId, long assignmentId, LocalDate dueOn) {
        access.lead(teamId, viewerId);
        TeamAssignment assignment = assignments.find(teamId, assignmentId).orElseThrow(TeamAccess::notFound);
        List<FieldError> errors = new ArrayList<>();
        checkDue(dueOn, errors);
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        assignment.change(dueOn);
    }

    @Transactional
    public void remove(long teamId, Long viewerId, long assignmentId) {
        access.lead(teamId, viewerId);
        assignments.delete(assignments.find(teamId, assignmentId).orElseThrow(TeamAccess::notFound));
    }

    /** One assignment, for a lead's edit page. */
    @Transactional(readOnly = true)
    public AssignmentLine one(long teamId, Long viewerId, long assignmentId) {
        access.lead(teamId, viewerId);
        return line(assignments.find(teamId, assignmentId).orElseThrow(TeamAccess::notFound));
    }

    /** Every assignment of the team, soonest due first, for any member. */
    @Transactional(readOnly = true)
    public List<AssignmentLine> all(long teamId, Long viewerId) {
        access.member(teamId, viewerId);
        return lines(teamId);
    }

    List<AssignmentLine> lines(long teamId) {
        return assignments.findByTeam(teamId).stream()
                .map(TeamAssignments::line)
                .toList();
    }

    /** The team's assignments with the member's own progress; the caller has checked they are in the team. */
    List<MyAssignment> mine(long teamId, long memberId) {
        LocalDate today = today();
        List<AssignmentLine> lines = lines(teamId);
        return lines.stream()
                .map(a -> {
                    ProgressCell cell =
                            progress(a.trackSlug(), List.of(memberId)).get(memberId);
                    boolean done = cell != null && cell.completed();
                    return new MyAssignment(a, cell, cell != null && !done && a.overdueOn(today));
                })
                .toList();
    }

    /** Each member's progress on a track, by member id; empty when training data is not available. */
    Map<Long, ProgressCell> progress(String trackSlug, List<Long> memberIds) {
        return data.training()
                .map(t -> t.progress(trackSlug, memberIds).stream()
                        .filter(p -> memberIds.contains(p.memberId()))
                        .collect(Collectors.toMap(MemberProgress::memberId, TeamAssignments::cell, (a, b) -> a)))
                .orElse(Map.of());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static ProgressCell cell(MemberProgress p) {
        return new ProgressCell(p.stepsDone(), p.stepsTotal(), p.nextStepTitle(), p.completedAt());
    }

    static AssignmentLine line(TeamAssignment a) {
        return new AssignmentLine(a.id(), a.trackSlug(), a.trackTitle(), a.dueOn());
    }

    private void checkDue(LocalDate dueOn, List<FieldError> errors) {
        if (dueOn == null) {
            errors.add(new FieldError("dueOn", "team.assign.due.required"));
        } else if (dueOn.isBefore(today())) {
            errors.add(new FieldError("dueOn", "team.assign.due.past"));
        } else if (dueOn.isAfter(today().plusYears(MAX_YEARS_AHEAD))) {
            errors.add(new FieldError("dueOn", "team.assign.due.far"));
        }
    }
}
