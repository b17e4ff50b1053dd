package org.hros.team.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hros.member.MemberDirectory;
import org.hros.notification.MailChoices;
import org.hros.notification.NoticeCategory;
import org.hros.platform.Mailer;
import org.hros.platform.Mailer.MailMessage;
import org.hros.team.TeamExerciseScores.ExerciseAttempt;
import org.hros.team.domain.TeamViews.ProgressCell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The team's timed mails. Reminders: three days and one day before an assignment is due, once each, to members who
 * have not completed its track. Summary: once a week (ISO weeks, UTC) to each lead and co-lead of a team with
 * assignments. Each mail is recorded in {@link TeamMailLog} as it is sent, so running a job again, or on several
 * nodes, sends nothing twice; members who turned team mails off or unsubscribed get none.
 */
@Component
public class TeamMailJobs {

    private static final Logger log = LoggerFactory.getLogger(TeamMailJobs.class);

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final TeamAssignmentRepository assignments;
    private final TeamAssignments progress;
    private final TrainingData data;
    private final MemberDirectory directory;
    private final MailChoices choices;
    private final TeamMails mails;
    private final TeamMailLog sent;
    private final Mailer mailer;
    private final Clock clock;
    private final TransactionTemplate transaction;

    TeamMailJobs(
            TeamRepository teams,
            TeamMemberRepository members,
            TeamAssignmentRepository assignments,
            TeamAssignments progress,
            TrainingData data,
            MemberDirectory directory,
            MailChoices choices,
            TeamMails mails,
            TeamMailLog sent,
            Mailer mailer,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.teams = teams;
        this.members = members;
        this.assignments = assignments;
        this.progress = progress;
        this.data = data;
        this.directory = directory;
        this.choices = choices;
        this.mails = mails;
        this.sent = sent;
        this.mailer = mailer;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(
            fixedDelayString = "#{@'hros.teams-org.hros.team.domain.TeamProperties'.mailInterval()}",
            initialDelayString = "#{@'hros.teams-org.hros.team.domain.TeamProperties'.mailInterval()}")
    @SchedulerLock(name = "team-reminders", lockAtMostFor = "30m", lockAtLeastFor = "1m")
    void sendRemindersOnSchedule() {
        sendReminders();
    }

    @Scheduled(
            fixedDelayString = "#{@'hros.teams-org.hros.team.domain.TeamProperties'.mailInterval()}",
            initialDelayString = "#{@'hros.teams-org.hros.team.domain.TeamProperties'.mailInterval()}")
    @SchedulerLock(name = "team-weekly-summaries", lockAtMostFor = "30m", lockAtLeastFor = "1m")
    void sendWeeklySummariesOnSchedule() {
        sendWeeklySummaries();
    }

    /** Sends the reminders that are due; returns how many went out. */
    public int sendReminders() {
        if (data.training().isEmpty()) {
            return 0; // without progress nobody can be told apart from those who finished
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int count = 0;
        for (TeamAssignment a : assignments.findDueBetween(today, today.plusDays(3))) {
            long daysLeft = ChronoUnit.DAYS.between(today, a.dueOn());
            int window = daysLeft >= 2 ? 3 : 1;
            Team team = teams.findById(a.teamId()).orElse(null);
            if (team == null) {
                continue;
            }
            List<Long> ids = members.findByTeam(a.teamId()).stream()
                    .map(TeamMember::memberId)
                    .toList();
            Map<Long, ProgressCell> cells = progress.progress(a.trackSlug(), ids);
            for (long memberId : ids) {
                ProgressCell cell = cells.get(memberId);
                if (cell != null && cell.completed()) {
                    continue;
                }
                int stepsLeft = cell == null ? 0 : Math.max(0, cell.stepsTotal() - cell.stepsDone());
                String key = "reminder:" + a.id() + ":" + memberId + ":" + window;
                if (send(
                        key,
                        memberId,
                        to -> mails.reminder(
                                to, memberId, team.name(), team.id(), a.trackTitle(), a.dueOn(), stepsLeft))) {
                    count++;
                }
            }
        }
        if (count > 0) {
            log.info("Sent {} team assignment reminders", count);
        }
        return count;
    }

    /** Sends this week's summary to each team's leads who have not had it; returns how many went out. */
    public int sendWeeklySummaries() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int count = 0;
        for (Team team : teams.findAll()) {
            List<TeamAssignment> assigned = assignments.findByTeam(team.id());
            if (assigned.isEmpty()) {
                continue;
            }
            List<TeamMember> everyone = members.findByTeam(team.id());
            List<String> lines = summaryLines(assigned, everyone, today);
            for (TeamMember lead : everyone.stream().filter(TeamMember::leads).toList()) {
                String key = "summary:" + team.id() + ":" + lead.memberId() + ":" + week;
                if (send(
                        key,
                        lead.memberId(),
                        to -> mails.summary(to, lead.memberId(), team.name(), team.id(), lines))) {
                    count++;
                }
            }
        }
        if (count > 0) {
            log.info("Sent {} weekly team summaries", count);
        }
        return count;
    }

    private List<String> summaryLines(List<TeamAssignment> assigned, List<TeamMember> everyone, LocalDate today) {
        List<Long> ids = everyone.stream().map(TeamMember::memberId).toList();
        List<String> lines = new ArrayList<>();
        boolean known = data.training().isPresent();
        for (TeamAssignment a : assigned) {
            Map<Long, ProgressCell> cells = progress.progress(a.trackSlug(), ids);
            long done = cells.values().stream().filter(ProgressCell::completed).count();
            long overdue = known && today.isAfter(a.dueOn()) ? ids.size() - done : 0;
            lines.add(
                    known
                            ? mails.t("team.mail.summary.track", a.trackTitle(), done, ids.size(), overdue, a.dueOn())
                            : mails.t("team.mail.summary.trackUnknown", a.trackTitle(), a.dueOn()));
        }
        data.scores().ifPresent(scores -> {
            List<ExerciseAttempt> week =
                    scores
                            .attempts(
                                    ids,
                                    today.minusDays(7)
                                            .atStartOfDay(ZoneOffset.UTC)
                                            .toInstant())
                            .stream()
                            .filter(x -> ids.contains(x.memberId()))
                            .toList();
            int average = (int) Math.round(
                    week.stream().mapToInt(ExerciseAttempt::score).average().orElse(0));
            lines.add(mails.t("team.mail.summary.exercises", week.size(), average));
        });
        return lines;
    }

    /** Claims the mail's key and sends it in one transaction, if the member wants team mails and has an address. */
    private boolean send(String key, long memberId, java.util.function.Function<String, MailMessage> write) {
        if (!choices.wantsEmail(memberId, NoticeCategory.TEAM_TRAINING)) {
            return false;
        }
        String address = directory.contactAddress(memberId).orElse(null);
        if (address == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (!sent.claim(key)) {
                    return false;
                }
                mailer.send(write.apply(address));
                return true;
            }));
        } catch (RuntimeException e) {
            log.warn(
                    "A team mail could not be sent; it will be tried again on the next run: {}",
                    e.getClass().getSimpleName());
            return false;
        }
    }
}
