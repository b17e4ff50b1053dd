package org.hros.digest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleService;
import org.hros.member.MemberInterests;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The digest, end to end: what it holds and in which order, when it leaves, and that it never leaks. */
class DigestTests extends IntegrationTestBase {

    @Autowired
    DigestRuns runs;

    @Autowired
    DigestMailSender sender;

    @Autowired
    DigestPreferences preferences;

    @Autowired
    DigestUnsubscribeLinks unsubscribeLinks;

    @Autowired
    MemberInterests interests;

    @Autowired
    CommunityAgenda agenda;

    @Autowired
    CircleService circles;

    @Autowired
    JdbcClient jdbc;

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void failuresComeFirstThenCasesThenAnsweredRequestsAndAnUnnamedAuthorNeverAppears() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = reader(Set.of(Topic.of("careers-site")), Set.of());
        String key = java.util.UUID.randomUUID().toString().substring(0, 8);
        long success = fixtures.published(
                author, editor, "Careers site relaunch " + key, Outcome.SUCCESS, Topic.of("careers-site"));
        long failure = fixtures.published(
                author, editor, "Careers site chatbot flop " + key, Outcome.FAILURE, Topic.of("careers-site"));
        anonymousFailure(author, editor, "Careers site we had to pull " + key);
        fixtures.published(author, editor, "Not my topic " + key, Outcome.FAILURE, Topic.of("dei"));
        long requestId = agenda.post(
                author.id(),
                new RequestCommand(
                        "How to write job ads " + key,
                        "Looking for examples.",
                        List.of(Topic.of("sourcing")),
                        List.of(),
                        null,
                        null));
        agenda.vote(requestId, reader.id());
        agenda.linkCase(requestId, success, editor.id());
        long circle =
                circles.create(reader.id(), new CircleCommand("Circle " + key, "Careers site help", 6, false, null));
        circles.openClinic(circle, reader.id(), "Careers site circle secret " + key, "Only for us.", false);

        // The preview shows the same sections the mail will, and never the unnamed author.
        String preview = mvc.perform(get("/digest/preview").with(as(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertInOrder(
                preview,
                // Newest first within a section: the anonymous failure was published after the chatbot one.
                "Careers site we had to pull " + key,
                "Careers site chatbot flop " + key,
                "Careers site relaunch " + key,
                "How to write job ads " + key);
        assertThat(preview).doesNotContain("Not my topic " + key, "circle secret", author.name(), author.email());

        atNextDailySlot(reader);
        DigestRuns.RunResult result = runs.runNow();
        assertThat(result.queued()).isPositive();
        sender.sendDue();
        List<MimeMessage> mails = digestMails(reader, 1);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        String text = TestMail.text(mail);
        String html = TestMail.html(mail);
        String raw = GreenMailUtil.getWholeMessage(mail);
        for (String body : List.of(text, html)) {
            assertInOrder(
                    body,
                    "New failure stories",
                    "Careers site we had to pull " + key,
                    "Careers site chatbot flop " + key,
                    "New cases",
                    "Careers site relaunch " + key,
                    "Requests you voted for",
                    "How to write job ads " + key);
            assertThat(body).doesNotContain("Not my topic " + key, "circle secret", "Circle " + key);
        }
        assertThat(html).contains("/cases/" + failure + "/");
        assertThat(raw).doesNotContain(author.name(), author.email(), "Canary Corp");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/digest/unsubscribe/" + reader.id() + ".");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(text).contains("/digest/unsubscribe/" + reader.id() + ".");

        // The same period is never built or sent twice, however often the job runs.
        runs.runNow();
        sender.sendDue();
        assertThat(digestMails(reader, 2)).hasSize(1);
        assertThat(rows(reader.id())).isEqualTo(1);
    }

    @Test
    void aMemberWhoseProfileSaysTokyoAndWhoChoseMondayAtEightGetsItAtElevenOnSundayUtc() throws Exception {
        Person reader = reader(Set.of(Topic.of("onboarding")), Set.of());
        // The zone is the member's one zone, chosen on the profile; the digest settings only choose day and hour.
        mvc.perform(post("/profile/time-zone").with(as(reader)).with(csrf()).param("timeZone", "Asia/Tokyo"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/settings/digest")
                        .with(as(reader))
                        .with(csrf())
                        .param("frequency", "WEEKLY")
                        .param("day", "MONDAY")
                        .param("hour", "8"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/settings/digest").with(as(reader)))
                .andExpect(content().string(containsString("Asia/Tokyo")))
                .andExpect(content().string(containsString("href=\"/profile#time-zone\"")));
        Instant sunday = ZonedDateTime.now(ZoneOffset.UTC)
                .with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
                .withHour(23)
                .truncatedTo(ChronoUnit.HOURS)
                .toInstant();
        moveClockTo(sunday.minus(Duration.ofMinutes(1)));
        runs.runNow();
        assertThat(rows(reader.id())).isZero();
        moveClockTo(sunday.plusSeconds(5));
        runs.runNow();
        Instant end = jdbc.sql("select period_end from digest_mail where member_id = ?")
                .param(reader.id())
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .single();
        assertThat(end).isEqualTo(sunday);
    }

    @Test
    void membersWithNothingNewGetNoMailAndTheirPreviewSaysSo() throws Exception {
        // No topics, skills, follows or votes, and a digest that ended just now: nothing can be new for them,
        // whatever other tests publish (a session born from a request, which is news for everyone, included).
        Person reader = reader(Set.of(), Set.of());
        jdbc.sql("insert into digest_mail (member_id, period_start, period_end, status, created_at)"
                        + " values (?, ?, ?, 'EMPTY', ?)")
                .params(
                        reader.id(),
                        java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(7))),
                        java.sql.Timestamp.from(clock.instant()),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        mvc.perform(get("/digest/preview").with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing new on your topics since")))
                .andExpect(content().string(containsString("href=\"/profile\"")));
        atNextDailySlot(reader);
        runs.runNow();
        assertThat(jdbc.sql("select status from digest_mail where member_id = ? order by period_end desc limit 1")
                        .param(reader.id())
                        .query(String.class)
                        .single())
                .isEqualTo("EMPTY");
        sender.sendDue();
        assertThat(digestMails(reader, 1)).isEmpty();
    }

    @Test
    void manyMembersAreBuiltInBatchesAndEachGetsOneMail() {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        List<Person> readers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            readers.add(reader(Set.of(Topic.of("talent-marketing")), Set.of()));
        }
        fixtures.published(
                author,
                editor,
                "Talent marketing misstep " + readers.get(0).id(),
                Outcome.FAILURE,
                Topic.of("talent-marketing"));
        readers.forEach(this::daily);
        moveClockTo(nextDailySlot());
        DigestRuns.RunResult result = runs.run(clock.instant(), 2);
        assertThat(result.queued()).isGreaterThanOrEqualTo(5);
        sender.sendDue();
        for (Person reader : readers) {
            assertThat(digestMails(reader, 1))
                    .as("digests to %s", reader.email())
                    .hasSize(1);
            assertThat(jdbc.sql("select run_id from digest_mail where member_id = ?")
                            .param(reader.id())
                            .query(Long.class)
                            .single())
                    .isEqualTo(result.runId());
        }
    }

    @Test
    void theOneClickUnsubscribeTurnsTheDigestOff() throws Exception {
        Person reader = reader(Set.of(Topic.of("employer-brand")), Set.of());
        String path = unsubscribeLinks.path(reader.id());
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stop the digest")));
        assertThat(preferences.of(reader.id()).off()).isFalse();
        // Mail clients post without a session or form (RFC 8058).
        mvc.perform(post(path)).andExpect(status().isOk());
        assertThat(preferences.of(reader.id()).off()).isTrue();
        mvc.perform(post("/digest/unsubscribe/" + reader.id() + ".forged")).andExpect(status().isNotFound());
        mvc.perform(post("/digest/unsubscribe/" + (reader.id() + 1) + path.substring(path.indexOf('.'))))
                .andExpect(status().isNotFound());
    }

    @Test
    void settingsAreCheckedAndSavedAndTheZoneIsTheOneOnTheProfile() throws Exception {
        Person reader = reader(Set.of(), Set.of());
        mvc.perform(get("/settings/digest").with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The hour is in your time zone, UTC")))
                .andExpect(content().string(containsString("href=\"/profile#time-zone\"")))
                .andExpect(content().string(not(containsString("name=\"zone\""))));
        mvc.perform(post("/settings/digest").with(as(reader)).param("frequency", "DAILY"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/settings/digest")
                        .with(as(reader))
                        .with(csrf())
                        .param("frequency", "HOURLY")
                        .param("day", "MONDAY")
                        .param("hour", "25"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose daily, weekly, monthly or off.")))
                .andExpect(content().string(containsString("Choose an hour from 0 to 23.")));
        assertThat(preferences.choiceOf(reader.id())).isEqualTo(preferences.defaults());
        mvc.perform(post("/settings/digest")
                        .with(as(reader))
                        .with(csrf())
                        .param("frequency", "MONTHLY")
                        .param("day", "FRIDAY")
                        .param("hour", "17")
                        // A zone sent along (an old form) is not the digest's to keep.
                        .param("zone", "America/Sao_Paulo"))
                .andExpect(status().is3xxRedirection());
        assertThat(preferences.of(reader.id()))
                .isEqualTo(new DigestPreference(DigestFrequency.MONTHLY, DayOfWeek.FRIDAY, 17, UTC));
    }

    @Test
    void thePreviewIsForTheSignedInMemberAndTheRunsPageForAdmins() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person admin = fixtures.member(MemberRole.ADMIN);
        mvc.perform(get("/digest/preview")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/digest")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/digest").with(as(member))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/digest").with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(containsString("Digest runs")));
    }

    private Person reader(Set<Topic> topics, Set<Skill> skills) {
        Person person = fixtures.member(MemberRole.MEMBER);
        interests.chooseInterests(person.id(), topics, skills);
        return person;
    }

    private void daily(Person person) {
        preferences.save(person.id(), new DigestChoice(DigestFrequency.DAILY, DayOfWeek.MONDAY, slotHour()));
    }

    private void atNextDailySlot(Person person) {
        daily(person);
        moveClockTo(nextDailySlot());
    }

    /** Two hours from now, on the hour: after everything a test just published, before real time catches up. */
    private int slotHour() {
        return nextDailySlot().atZone(UTC).getHour();
    }

    private Instant nextDailySlot() {
        return Instant.now()
                .plus(Duration.ofHours(2))
                .truncatedTo(ChronoUnit.HOURS)
                .plusSeconds(30);
    }

    private void moveClockTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    private void anonymousFailure(Person author, Person editor, String title) {
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.completeCase(
                                title, Outcome.FAILURE, Topic.of("careers-site"), AttributionMode.ANONYMOUS));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
    }

    /** The digests that reached this member, waiting a while for {@code atLeast} (notices' mails are left out). */
    private static List<MimeMessage> digestMails(Person person, int atLeast) {
        long deadline =
                System.nanoTime() + Duration.ofSeconds(atLeast > 1 ? 3 : 10).toNanos();
        while (true) {
            List<MimeMessage> digests = TestMail.to(person.email(), 0).stream()
                    .filter(m -> subject(m).startsWith("Your HROS digest"))
                    .toList();
            if (digests.size() >= atLeast || System.nanoTime() > deadline) {
                return digests;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return digests;
            }
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long rows(long memberId) {
        return jdbc.sql("select count(*) from digest_mail where member_id = ?")
                .param(memberId)
                .query(Long.class)
                .single();
    }

    private static void assertInOrder(String body, String... parts) {
        int at = -1;
        for (String part : parts) {
            int found = body.indexOf(part, at + 1);
            assertThat(found)
                    .as("\"%s\" after position %d in:%n%s", part, at, body)
                    .isGreaterThan(at);
            at = found;
        }
    }

    private static RequestPostProcessor as(Person person) {
        return user(principal(person, MemberRole.MEMBER));
    }

    private static MemberPrincipal principal(Person person, MemberRole role) {
        return new MemberPrincipal(person.id(), person.email(), "h" + person.id(), person.name(), role, true, "");
    }
}
