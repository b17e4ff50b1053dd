package org.hros.notification.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hros.member.MemberTimeZones;
import org.hros.notification.NoticeCategory;
import org.hros.practice.CheckInDue;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The weekly check-in reminder, for members who asked for it ({@link NoticeCategory#CHECK_IN_REMINDERS} is off
 * until they choose): from Monday 09:00 in the member's time zone, if they have an active goal and have not checked
 * in on any goal for a week. The notice's key is the member and their ISO week, so however often the job runs, on
 * however many nodes, a member hears of it at most once a week; a run missed on Monday catches up later that week.
 */
@Component
public class CheckInReminders {

    static final Duration QUIET = Duration.ofDays(7);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final CheckInDue practice;
    private final MemberTimeZones zones;
    private final Notices notices;
    private final MessageSource messages;
    private final Clock clock;

    CheckInReminders(
            JdbcClient jdbc,
            CheckInDue practice,
            MemberTimeZones zones,
            Notices notices,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.practice = practice;
        this.zones = zones;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString =
                    "#{@'hros.notifications-org.hros.notification.domain.NotificationProperties'.checkInReminderInterval()}",
            initialDelayString =
                    "#{@'hros.notifications-org.hros.notification.domain.NotificationProperties'.checkInReminderInterval()}")
    @SchedulerLock(name = "check-in-reminders", lockAtMostFor = "10m", lockAtLeastFor = "30s")
    public void remindOnSchedule() {
        remindDue();
    }

    /** Makes the reminders due now; returns how many members were reminded for the first time this week. */
    public int remindDue() {
        Instant now = clock.instant();
        List<Long> optedIn = jdbc.sql("select member_id from notice_preference where category = ?"
                        + " and delivery <> 'OFF' order by member_id")
                .param(NoticeCategory.CHECK_IN_REMINDERS.name())
                .query(Long.class)
                .list();
        int made = 0;
        for (int from = 0; from < optedIn.size(); from += BATCH) {
            List<Long> batch = optedIn.subList(from, Math.min(optedIn.size(), from + BATCH));
            Map<Long, ZoneId> zoneOf = zones.zonesOf(batch);
            List<Long> inTheirWeek = batch.stream()
                    .filter(id -> !now.isBefore(weekStart(now, zoneOf.get(id))))
                    .toList();
            Map<Long, CheckInDue.QuietGoal> quiet = practice.quietSince(inTheirWeek, now.minus(QUIET));
            List<NoticeDraft> drafts = new ArrayList<>();
            quiet.keySet().stream().sorted().forEach(id -> {
                CheckInDue.QuietGoal goal = quiet.get(id);
                drafts.add(new NoticeDraft(
                        NoticeCategory.CHECK_IN_REMINDERS,
                        id,
                        "CHECK_IN_REMINDERS:" + id + ":" + week(now, zoneOf.get(id)),
                        messages.getMessage("notice.checkIn.reminder", new Object[] {goal.title()}, Locale.ENGLISH),
                        goal.path()));
            });
            made += notices.deliverCounting(drafts);
        }
        return made;
    }

    /** Monday 09:00 of the current week where the member lives. */
    public static Instant weekStart(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        return local.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .toLocalDate()
                .atTime(9, 0)
                .atZone(zone)
                .toInstant();
    }

    static String week(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        return local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
