package org.hros.team.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hros.team.TeamTraining;
import org.hros.team.domain.DashboardViews.Dashboard;
import org.hros.team.domain.DashboardViews.ExportRow;
import org.hros.team.domain.DashboardViews.ProgressRow;
import org.hros.team.domain.DashboardViews.ReflectionLine;
import org.hros.team.domain.DashboardViews.ScoreChart;
import org.hros.team.domain.DashboardViews.TrackProgress;
import org.hros.team.domain.TeamAccess.Inside;
import org.hros.team.domain.TeamViews.AssignmentLine;
import org.hros.team.domain.TeamViews.MemberLine;
import org.hros.team.domain.TeamViews.ProgressCell;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead's view of the team's training: who is where on each assigned track, overdue work, exercise scores week
 * by week, and reflections shared with the team. Only current members appear: the progress, scores and reflections
 * of someone who left or was removed are not asked for, and anything the other modules hand back about anyone else
 * is dropped.
 */
@Service
public class TeamDashboard {

    static final int REFLECTIONS = 30;

    private final TeamAccess access;
    private final TeamService teams;
    private final TeamAssignments assignments;
    private final TrainingData data;

    TeamDashboard(TeamAccess access, TeamService teams, TeamAssignments assignments, TrainingData data) {
        this.access = access;
        this.teams = teams;
        this.assignments = assignments;
        this.data = data;
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(long teamId, Long viewerId) {
        Inside inside = access.lead(teamId, viewerId);
        List<MemberLine> members = teams.memberLines(teamId);
        Map<Long, MemberLine> byId =
                members.stream().collect(Collectors.toMap(MemberLine::memberId, Function.identity()));
        List<AssignmentLine> lines = assignments.lines(teamId);
        List<TrackProgress> tracks =
                lines.stream().map(a -> new TrackProgress(a, rows(a, members))).toList();
        LocalDate today = assignments.today();
        ScoreChart chart = ScoreCharts.weekly(
                data.scores()
                        .map(s -> s
                                .attempts(
                                        byId.keySet(),
                                        ScoreCharts.firstDay(today)
                                                .atStartOfDay(ZoneOffset.UTC)
                                                .toInstant())
                                .stream()
                                .filter(a -> byId.containsKey(a.memberId()))
                                .toList())
                        .orElse(List.of()),
                today);
        Map<String, String> titles =
                lines.stream().collect(Collectors.toMap(AssignmentLine::trackSlug, AssignmentLine::trackTitle));
        List<ReflectionLine> reflections = data.training()
                .map(t -> t.reflectionsSharedWith(teamId, REFLECTIONS).stream()
                        .filter(r -> byId.containsKey(r.memberId()))
                        .map(r -> new ReflectionLine(
                                byId.get(r.memberId()).displayName(),
                                titles.getOrDefault(r.trackSlug(), r.trackSlug()),
                                r.stepTitle(),
                                r.text(),
                                r.sharedAt()))
                        .toList())
                .orElse(List.of());
        return new Dashboard(
                teamId,
                inside.team().name(),
                data.training().isPresent(),
                data.scores().isPresent(),
                tracks,
                chart,
                reflections);
    }

    /** The progress table as rows for the export: every current member on every assigned track. */
    @Transactional(readOnly = true)
    public List<ExportRow> export(long teamId, Long viewerId) {
        access.lead(teamId, viewerId);
        List<MemberLine> members = teams.memberLines(teamId);
        List<ExportRow> rows = new ArrayList<>();
        for (AssignmentLine a : assignments.lines(teamId)) {
            for (ProgressRow r : rows(a, members)) {
                ProgressCell p = r.progress();
                rows.add(new ExportRow(
                        r.displayName(),
                        a.trackTitle(),
                        a.dueOn(),
                        p == null ? null : p.stepsDone(),
                        p == null ? null : p.stepsTotal(),
                        p == null ? null : p.nextStep(),
                        p == null ? null : p.completedAt(),
                        r.overdue()));
            }
        }
        return rows;
    }

    /** The team's name, for the export's file name; leads only. */
    @Transactional(readOnly = true)
    public String teamName(long teamId, Long viewerId) {
        return access.lead(teamId, viewerId).team().name();
    }

    private List<ProgressRow> rows(AssignmentLine a, List<MemberLine> members) {
        Map<Long, ProgressCell> progress = assignments.progress(
                a.trackSlug(), members.stream().map(MemberLine::memberId).toList());
        LocalDate today = assignments.today();
        boolean known = data.training().isPresent();
        return members.stream()
                .map(m -> {
                    ProgressCell cell = progress.get(m.memberId());
                    if (cell == null && known) {
                        cell = new ProgressCell(0, trackSteps(a.trackSlug()), null, null);
                    }
                    boolean done = cell != null && cell.completed();
                    return new ProgressRow(
                            m.memberId(), m.displayName(), m.handle(), cell, known && !done && a.overdueOn(today));
                })
                .toList();
    }

    private int trackSteps(String slug) {
        return data.training()
                .flatMap(t -> t.track(slug))
                .map(TeamTraining.AssignableTrack::steps)
                .orElse(0);
    }
}
