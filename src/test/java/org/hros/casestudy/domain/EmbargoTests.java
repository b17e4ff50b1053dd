package org.hros.casestudy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EmbargoTests extends IntegrationTestBase {

    @Autowired
    ScheduledPublications scheduled;

    /** Cases these tests published days ahead of the real time, as (author id, case id). */
    private final List<long[]> publishedAhead = new ArrayList<>();

    /**
     * A case published days ahead would head every "latest" list for the rest of the run; withdrawing it
     * takes it out of every public output, so the tests that follow see the library as they expect.
     */
    @AfterEach
    void withdrawCasesPublishedAhead() {
        for (long[] c : publishedAhead) {
            fixtures.authoring().withdraw(c[0], c[1]);
        }
    }

    private static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.MEMBER, true, "");
    }

    private static CaseCommand embargoed(String title, String approver, Instant until) {
        return TestFixtures.withRelease(
                TestFixtures.completeCase(
                        title, Outcome.FAILURE, Topic.of("recruiting-analytics"), AttributionMode.NAMED),
                approver,
                until);
    }

    @Test
    void embargoedCaseIsPublishedByTheJobOnceItsTimeHasCome() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Instant until = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        long id = fixtures.authoring()
                .createDraft(author.id(), embargoed("Onboarding app launched in the holidays", null, until));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());

        assertThat(fixtures.reviews().publish(id, editor.id())).isEqualTo(CaseStatus.SCHEDULED);
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isNotFound());
        String when = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
                .format(until.atZone(ZoneOffset.UTC));
        mvc.perform(get("/my/cases").with(user(principal(author))))
                .andExpect(content().string(containsString("Scheduled for " + when + " UTC")));
        mvc.perform(get("/my/cases/" + id).with(user(principal(author))))
                .andExpect(content().string(containsString("Scheduled for " + when + " UTC")));

        clock.advance(Duration.ofDays(1));
        scheduled.publishDue();
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isNotFound());
        assertThat(fixtures.authoring().draft(author.id(), id).status()).isEqualTo(CaseStatus.SCHEDULED);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        scheduled.publishDue();
        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Onboarding app launched in the holidays"));
        publishedAhead.add(new long[] {author.id(), id});
        assertThat(fixtures.authoring().draft(author.id(), id).status()).isEqualTo(CaseStatus.PUBLISHED);
        assertThat(TestMail.to(author.email(), 1))
                .extracting(MimeMessage::getSubject)
                .containsExactly("Your case is published");
    }

    @Test
    void liveRevisionStaysLiveWhileTheNextOneIsScheduled() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.published(
                author, editor, "Buddy scheme, first year", Outcome.MIXED, Topic.of("recruiting-analytics"));

        CaseCommand next =
                embargoed("Buddy scheme, second year", null, clock.instant().plus(Duration.ofHours(6)));
        fixtures.authoring().saveDraft(author.id(), id, next);
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        assertThat(fixtures.reviews().publish(id, editor.id())).isEqualTo(CaseStatus.SCHEDULED);

        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.title").value("Buddy scheme, first year"));

        clock.advance(Duration.ofHours(7));
        scheduled.publishDue();
        publishedAhead.add(new long[] {author.id(), id});
        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.title").value("Buddy scheme, second year"));
    }

    @Test
    void approvedCaseStillWaitsForItsEmbargo() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String approver = "comms-" + author.id() + "@employer.example";
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        embargoed(
                                "Layoff comms that leaked early",
                                approver,
                                clock.instant().plus(Duration.ofDays(3))));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        assertThat(fixtures.reviews().publish(id, editor.id())).isEqualTo(CaseStatus.AWAITING_APPROVAL);

        mvc.perform(post(TestMail.link(approver, "/approvals/")).with(csrf()).param("decision", "approve"))
                .andExpect(redirectedUrl("/approvals/thanks"));
        assertThat(fixtures.authoring().draft(author.id(), id).status()).isEqualTo(CaseStatus.SCHEDULED);
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isNotFound());

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        scheduled.publishDue();
        publishedAhead.add(new long[] {author.id(), id});
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isOk());
    }

    @Test
    void editingAScheduledCaseCancelsTheSchedule() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Instant until = clock.instant().plus(Duration.ofDays(1));
        CaseCommand command = embargoed("Relocation package nobody took", null, until);
        long id = fixtures.authoring().createDraft(author.id(), command);
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());

        fixtures.authoring().saveDraft(author.id(), id, command);
        assertThat(fixtures.authoring().draft(author.id(), id).status()).isEqualTo(CaseStatus.DRAFT);

        clock.advance(Duration.ofDays(2));
        scheduled.publishDue();
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void withdrawnCaseIsNotPublishedWhenItsEmbargoEnds() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.published(
                author, editor, "Referral app, first try", Outcome.FAILURE, Topic.of("recruiting-analytics"));
        fixtures.authoring()
                .saveDraft(
                        author.id(),
                        id,
                        embargoed(
                                "Referral app, second try",
                                null,
                                clock.instant().plus(Duration.ofHours(1))));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());

        fixtures.authoring().withdraw(author.id(), id);
        clock.advance(Duration.ofHours(2));
        scheduled.publishDue();
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isGone());
        assertThat(fixtures.authoring().draft(author.id(), id).publishedRevision())
                .isEqualTo(1);
    }

    @Test
    void embargoFromTheFormIsReadAsUtc() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String next = String.valueOf(clock.instant().atZone(ZoneOffset.UTC).getYear() + 1);
        mvc.perform(post("/cases")
                        .with(user(principal(author)))
                        .with(csrf())
                        .param("type", "SPARK")
                        .param("title", "Spark with a date")
                        .param("embargoUntil", next + "-03-02T09:30"))
                .andExpect(status().is3xxRedirection());
        long id = fixtures.authoring().myCases(author.id()).get(0).id();
        assertThat(fixtures.authoring().draft(author.id(), id).embargoUntil())
                .isEqualTo(Instant.parse(next + "-03-02T09:30:00Z"));
        mvc.perform(get("/my/cases/" + id).with(user(principal(author))))
                .andExpect(content().string(containsString("value=\"" + next + "-03-02T09:30\"")))
                .andExpect(content().string(containsString("UTC")));

        mvc.perform(post("/cases")
                        .with(user(principal(author)))
                        .with(csrf())
                        .param("type", "SPARK")
                        .param("title", "Spark with a past date")
                        .param("embargoUntil", "2001-03-02T09:30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This time has passed.")));
    }
}
