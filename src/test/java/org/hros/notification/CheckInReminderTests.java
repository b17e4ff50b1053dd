package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.hros.member.MemberRole;
import org.hros.member.MemberTimeZones;
import org.hros.notification.domain.CheckInReminders;
import org.hros.practice.GoalVisibility;
import org.hros.practice.domain.GoalService;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The weekly check-in reminder reaches only those who asked for it and have gone quiet, once a week. */
class CheckInReminderTests extends NoticeTestBase {

    @Autowired
    CheckInReminders reminders;

    @Autowired
    GoalService goals;

    @Autowired
    MemberTimeZones zones;

    long goal(Person owner, String title) {
        return goals.create(owner.id(), goals.command(title, null, GoalVisibility.ONLY_ME, List.of(), null, null));
    }

    /** Lets time pass to a Monday 10:00 in the zone, at least eight days from now. */
    void toMondayMorningAfterAWeek(ZoneId zone) {
        ZonedDateTime later = clock.instant().atZone(zone).plusDays(8);
        ZonedDateTime monday = later.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .toLocalDate()
                .atTime(10, 0)
                .atZone(zone);
        clock.advance(Duration.between(clock.instant(), monday.toInstant()));
    }

    List<StoredNotice> reminders(Person member) {
        return notices(member.id()).stream()
                .filter(n -> n.category() == NoticeCategory.CHECK_IN_REMINDERS)
                .toList();
    }

    @Test
    void onlyMembersWhoAskedAndWentQuietAreRemindedOnceAWeek() {
        Person asked = fixtures.member(MemberRole.MEMBER);
        Person byMail = fixtures.member(MemberRole.MEMBER);
        Person didNotAsk = fixtures.member(MemberRole.MEMBER);
        Person busy = fixtures.member(MemberRole.MEMBER);
        Person noGoal = fixtures.member(MemberRole.MEMBER);
        preferences.set(asked.id(), NoticeCategory.CHECK_IN_REMINDERS, NoticeDelivery.IN_APP);
        preferences.set(byMail.id(), NoticeCategory.CHECK_IN_REMINDERS, NoticeDelivery.EMAIL_NOW);
        preferences.set(busy.id(), NoticeCategory.CHECK_IN_REMINDERS, NoticeDelivery.IN_APP);
        preferences.set(noGoal.id(), NoticeCategory.CHECK_IN_REMINDERS, NoticeDelivery.IN_APP);
        long goalId = goal(asked, "Reply to every applicant within 48 hours");
        goal(byMail, "Shorter job ads");
        goal(didNotAsk, "Structured interviews");
        long busyGoal = goal(busy, "Weekly hiring-manager sync");

        toMondayMorningAfterAWeek(zones.zoneOf(asked.id()));
        goals.checkIn(busyGoal, busy.id(), "Held it again.", null);
        reminders.remindDue();

        assertThat(reminders(asked)).singleElement().satisfies(n -> {
            assertThat(n.link()).isEqualTo("/goals/" + goalId);
            assertThat(n.text()).contains("Reply to every applicant within 48 hours");
        });
        assertThat(reminders(didNotAsk)).isEmpty();
        assertThat(reminders(busy)).isEmpty();
        assertThat(reminders(noGoal)).isEmpty();
        assertThat(TestMail.text(TestMail.to(byMail.email(), 1).get(0))).contains("Shorter job ads");

        // However often it runs that week, once.
        reminders.remindDue();
        clock.advance(Duration.ofDays(2));
        reminders.remindDue();
        assertThat(reminders(asked)).hasSize(1);

        // The next week, still quiet: once more.
        clock.advance(Duration.ofDays(5));
        reminders.remindDue();
        assertThat(reminders(asked)).hasSize(2);
        assertThat(reminders(didNotAsk)).isEmpty();
    }

    @Test
    void remindersWaitForMondayMorningWhereTheMemberLives() {
        ZoneId zone = ZoneId.of("Pacific/Auckland");
        java.time.Instant now = java.time.Instant.parse("2026-12-06T19:30:00Z");
        // Monday 08:30 in Auckland is still Sunday in London.
        assertThat(now.atZone(zone).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(now.isBefore(CheckInReminders.weekStart(now, zone))).isTrue();
        assertThat(now.plus(Duration.ofHours(1)).isBefore(CheckInReminders.weekStart(now, zone)))
                .isFalse();
    }
}
