package org.hros.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.session.SessionTestSupport.handle;
import static org.hros.session.SessionTestSupport.key;
import static org.hros.session.SessionTestSupport.schedule;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberRole;
import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;
import org.hros.notification.domain.NoticePreferences;
import org.hros.session.domain.LiveSessions;
import org.hros.session.domain.RsvpState;
import org.hros.session.domain.SessionQueries;
import org.hros.session.domain.SessionReminders;
import org.hros.session.domain.SessionRsvps;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionRsvpTests extends IntegrationTestBase {

    @Autowired
    LiveSessions sessions;

    @Autowired
    SessionQueries queries;

    @Autowired
    SessionRsvps rsvps;

    @Autowired
    SessionReminders reminders;

    @Autowired
    MemberDirectory directory;

    @Autowired
    NoticePreferences preferences;

    @Test
    void concurrentRsvpsNeverExceedTheCapacityAndTheWaitingListMovesUpOnCancel() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = schedule(
                sessions,
                editor,
                handle(directory, editor),
                "Crowded " + key(),
                clock.instant(),
                Duration.ofDays(3),
                3,
                null);
        List<Person> members = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            members.add(fixtures.member(MemberRole.MEMBER));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RsvpState>> results = new ArrayList<>();
        for (Person member : members) {
            results.add(pool.submit(() -> {
                start.await();
                return rsvps.rsvp(id, member.id());
            }));
        }
        start.countDown();
        long seats = 0;
        for (Future<RsvpState> result : results) {
            if (result.get() == RsvpState.CONFIRMED) {
                seats++;
            }
        }
        pool.shutdown();
        assertThat(seats).isEqualTo(3);
        assertThat(queries.read(id).confirmed()).isEqualTo(3);
        assertThat(queries.read(id).waiting()).isEqualTo(13);

        // The first on the waiting list (the earliest queued) gets the freed seat and a mail saying so.
        Person seated = members.stream()
                .filter(m -> rsvps.stateOf(id, m.id()) == RsvpState.CONFIRMED)
                .findFirst()
                .orElseThrow();
        Person first = rsvps.attendees(id).stream()
                .filter(a -> a.state() == RsvpState.WAITING)
                .findFirst()
                .map(a -> members.stream()
                        .filter(m -> handle(directory, m).equals(a.handle()))
                        .findFirst()
                        .orElseThrow())
                .orElseThrow();
        rsvps.cancel(id, seated.id());
        assertThat(rsvps.stateOf(id, seated.id())).isEqualTo(RsvpState.NONE);
        assertThat(rsvps.stateOf(id, first.id())).isEqualTo(RsvpState.CONFIRMED);
        assertThat(queries.read(id).confirmed()).isEqualTo(3);
        assertThat(queries.read(id).waiting()).isEqualTo(12);
        List<MimeMessage> mails = TestMail.to(first.email(), 1);
        assertThat(mails)
                .extracting(MimeMessage::getSubject)
                .contains("A seat freed up: " + queries.read(id).title());
    }

    @Test
    void remindersGoOnceTheDayBeforeAndOnceAnHourBeforeToThoseWhoWantThem() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person keen = fixtures.member(MemberRole.MEMBER);
        Person quiet = fixtures.member(MemberRole.MEMBER);
        preferences.set(quiet.id(), NoticeCategory.SESSION_REMINDERS, NoticeDelivery.IN_APP);
        String title = "Reminded " + key();
        long id = schedule(
                sessions, editor, handle(directory, editor), title, clock.instant(), Duration.ofHours(50), 10, null);
        rsvps.rsvp(id, keen.id());
        rsvps.rsvp(id, quiet.id());
        TestMail.to(keen.email(), 1);

        reminders.sendDue();
        assertThat(subjects(keen, 1)).containsExactly("Your seat: " + title);

        clock.advance(Duration.ofHours(27)); // 23 hours to go
        reminders.sendDue();
        reminders.sendDue();
        assertThat(subjects(keen, 2)).containsExactly("Your seat: " + title, "Tomorrow: " + title);

        clock.advance(Duration.ofMinutes(22 * 60 + 30)); // half an hour to go
        reminders.sendDue();
        reminders.sendDue();
        assertThat(subjects(keen, 3))
                .containsExactly("Your seat: " + title, "Tomorrow: " + title, "In an hour: " + title);
        String text = TestMail.text(TestMail.to(keen.email(), 3).get(2));
        assertThat(text).contains("/notifications/unsubscribe/");

        clock.advance(Duration.ofHours(2));
        reminders.sendDue();
        Thread.sleep(500);
        assertThat(subjects(keen, 3)).hasSize(3);
        assertThat(subjects(quiet, 1)).containsExactly("Your seat: " + title);
    }

    private static List<String> subjects(Person person, int atLeast) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : TestMail.to(person.email(), atLeast)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }
}
