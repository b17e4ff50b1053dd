package org.hros.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hros.member.MemberRole;
import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;
import org.hros.notification.domain.NoticePreferences;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.hros.team.TeamExerciseScores.ExerciseAttempt;
import org.hros.team.TeamTraining.SharedReflection;
import org.hros.team.domain.TeamAssignments;
import org.hros.team.domain.TeamInvitations;
import org.hros.team.domain.TeamMailJobs;
import org.hros.team.domain.TeamMembers;
import org.hros.team.domain.TeamService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;

/** The lead's dashboard, the progress export, reminders and the weekly summary. */
@Import(InMemoryTraining.class)
class TeamDashboardTests extends IntegrationTestBase {

    @Autowired
    TeamService teams;

    @Autowired
    TeamMembers members;

    @Autowired
    TeamInvitations invitations;

    @Autowired
    TeamAssignments assignments;

    @Autowired
    InMemoryTraining training;

    @Autowired
    NoticePreferences preferences;

    @Autowired
    TeamMailJobs jobs;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    Person named(String name) {
        String email = "team-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        long id = fixtures.members()
                .registerSample(email, name, TestFixtures.PASSWORD, MemberRole.MEMBER, "Recruiter", "Co");
        return new Person(id, email, name);
    }

    void join(long team, Person lead, Person member) {
        invitations.invite(team, lead.id(), member.email());
        String link = TestMail.link(member.email(), "/teams/invitations/");
        invitations.join(link.substring(link.lastIndexOf('/') + 1), member.id());
    }

    MockHttpServletResponse as(Person p, String path) throws Exception {
        return mvc.perform(get(path).with(user(TeamTests.principal(p))))
                .andReturn()
                .getResponse();
    }

    @Test
    void theDashboardShowsWhoIsWhereOverdueWorkScoresAndReflectionsOfMembersOnly() throws Exception {
        String slug = "dash-" + System.nanoTime();
        training.track(slug, "Job-ad copywriting", "Write the hook", "Cut the jargon", "Test two versions");
        Person lead = fixtures.member(MemberRole.MEMBER);
        Person done = named("Dana Done");
        Person late = named("Lars Late");
        Person gone = named("Gina Gone");
        long team = teams.create(lead.id(), "Dashboard team", "");
        join(team, lead, done);
        join(team, lead, late);
        join(team, lead, gone);
        assignments.assign(team, lead.id(), slug, today().plusDays(1));
        training.completed(done.id(), slug, clock.instant());
        training.stepDone(late.id(), slug, 1, clock.instant());
        training.reflect(
                team, new SharedReflection(late.id(), slug, "Write the hook", "Hooks are hard", clock.instant()));
        training.reflect(
                team, new SharedReflection(gone.id(), slug, "Write the hook", "Gina's secret", clock.instant()));
        training.attempt(new ExerciseAttempt(late.id(), "hook", "Hook drill", 40, false, clock.instant()));
        training.attempt(new ExerciseAttempt(done.id(), "hook", "Hook drill", 80, true, clock.instant()));
        training.attempt(new ExerciseAttempt(gone.id(), "hook", "Hook drill", 0, false, clock.instant()));
        members.remove(team, lead.id(), gone.id());

        clock.advance(Duration.ofDays(3));
        String page = as(lead, "/teams/" + team + "/dashboard").getContentAsString();
        assertThat(page)
                .contains("Job-ad copywriting", "Dana Done", "Lars Late", "1 of 3 steps", "Cut the jargon")
                .contains("team-overdue", "Overdue", "2 steps left")
                .contains(
                        "<svg",
                        "<title id=\"scores-title\">",
                        "<desc id=\"scores-desc\">",
                        "Exercise attempts per week")
                .contains("Hooks are hard")
                .doesNotContain("Gina Gone", "Gina&#39;s secret", "Gina's secret");
        assertThat(page)
                .as("the week's average of current members: (40 + 80) / 2")
                .contains(">60<");

        assertThat(as(late, "/teams/" + team + "/dashboard").getStatus())
                .as("a plain member")
                .isEqualTo(403);
        assertThat(as(late, "/teams/" + team).getContentAsString())
                .as("a member sees their own assignment")
                .contains("Job-ad copywriting", "1 of 3 steps", "Overdue");
    }

    @Test
    void theProgressExportIsEscapedCsvOfCurrentMembersOnly() throws Exception {
        String slug = "csv-" + System.nanoTime();
        training.track(slug, "HTML, \"forms\" & more", "One", "Two");
        Person lead = fixtures.member(MemberRole.MEMBER);
        Person tricky = named("=HYPERLINK(\"http://evil\"), \"Bob\"");
        Person gone = named("Removed Person");
        long team = teams.create(lead.id(), "CSV team", "");
        join(team, lead, tricky);
        join(team, lead, gone);
        members.remove(team, lead.id(), gone.id());
        assignments.assign(team, lead.id(), slug, today().plusDays(10));
        training.stepDone(tricky.id(), slug, 1, clock.instant());

        MockHttpServletResponse csv = as(lead, "/teams/" + team + "/progress.csv");
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("team-progress-csv-team.csv");
        String body = csv.getContentAsString();
        List<String> lines = body.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("Member,Track,Due on,Steps done,Steps in total,Next step,Completed on,Overdue");
        assertThat(body)
                .contains("\"'=HYPERLINK(\"\"http://evil\"\"), \"\"Bob\"\"\",\"HTML, \"\"forms\"\" & more\","
                        + today().plusDays(10) + ",1,2,Two,,no")
                .doesNotContain("Removed Person");
        assertThat(lines).hasSize(3); // header, the lead, the tricky member

        assertThat(as(tricky, "/teams/" + team + "/progress.csv").getStatus()).isEqualTo(403);
        assertThat(as(gone, "/teams/" + team + "/progress.csv").getStatus()).isEqualTo(404);
    }

    @Test
    void remindersGoThreeDaysAndOneDayBeforeOnceEachAndNotToThoseWhoFinished() throws Exception {
        String slug = "remind-" + System.nanoTime();
        training.track(slug, "Reminder track", "Only step");
        Person lead = fixtures.member(MemberRole.MEMBER);
        Person finished = fixtures.member(MemberRole.MEMBER);
        Person behind = fixtures.member(MemberRole.MEMBER);
        Person quiet = fixtures.member(MemberRole.MEMBER);
        long team = teams.create(lead.id(), "Reminder team", "");
        join(team, lead, finished);
        join(team, lead, behind);
        join(team, lead, quiet);
        preferences.set(quiet.id(), NoticeCategory.TEAM_TRAINING, NoticeDelivery.IN_APP);
        training.completed(finished.id(), slug, clock.instant());
        assignments.assign(team, lead.id(), slug, today().plusDays(5));

        jobs.sendReminders();
        assertThat(mailsAbout(behind, "Reminder track"))
                .as("five days before: none yet")
                .isEmpty();

        clock.advance(Duration.ofDays(2));
        jobs.sendReminders();
        jobs.sendReminders();
        List<MimeMessage> threeDays = waitFor(behind, "Reminder track", 1);
        assertThat(threeDays).hasSize(1);
        MimeMessage reminder = threeDays.get(0);
        assertThat(reminder.getHeader("List-Unsubscribe")[0]).contains("/notifications/unsubscribe/");
        assertThat(reminder.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(TestMail.text(reminder)).contains("Reminder team", "1 step left");

        clock.advance(Duration.ofDays(2));
        jobs.sendReminders();
        jobs.sendReminders();
        assertThat(waitFor(behind, "Reminder track", 2))
                .as("and one day before")
                .hasSize(2);
        clock.advance(Duration.ofHours(3));
        jobs.sendReminders();
        Thread.sleep(500);
        assertThat(mailsAbout(behind, "Reminder track")).as("each once").hasSize(2);
        assertThat(mailsAbout(finished, "Reminder track"))
                .as("those who finished")
                .isEmpty();
        assertThat(mailsAbout(quiet, "Reminder track"))
                .as("those who turned team mails off")
                .isEmpty();
    }

    @Test
    void theLeadGetsAWeeklySummaryOnceAWeek() throws Exception {
        String slug = "summary-" + System.nanoTime();
        training.track(slug, "Summary track", "A", "B");
        Person lead = fixtures.member(MemberRole.MEMBER);
        Person member = fixtures.member(MemberRole.MEMBER);
        long team = teams.create(lead.id(), "Summary team " + slug, "");
        join(team, lead, member);
        training.completed(member.id(), slug, clock.instant());
        assignments.assign(team, lead.id(), slug, today().plusDays(20));

        jobs.sendWeeklySummaries();
        jobs.sendWeeklySummaries();
        List<MimeMessage> first = waitFor(lead, "This week in Summary team " + slug, 1);
        assertThat(first).hasSize(1);
        assertThat(TestMail.text(first.get(0)))
                .contains("Summary track: 1 of 2 completed, 0 overdue", "/teams/" + team + "/dashboard")
                .contains("/notifications/unsubscribe/");
        assertThat(mailsAbout(member, "This week in Summary team " + slug))
                .as("members get no summary")
                .isEmpty();

        clock.advance(Duration.ofDays(7));
        jobs.sendWeeklySummaries();
        assertThat(waitFor(lead, "This week in Summary team " + slug, 2))
                .as("the next week's")
                .hasSize(2);
    }

    static List<MimeMessage> mailsAbout(Person to, String subjectPart) {
        return TestMail.to(to.email(), 0).stream()
                .filter(m -> subject(m).contains(subjectPart))
                .toList();
    }

    static List<MimeMessage> waitFor(Person to, String subjectPart, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<MimeMessage> found = mailsAbout(to, subjectPart);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = mailsAbout(to, subjectPart);
        }
        return found;
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
