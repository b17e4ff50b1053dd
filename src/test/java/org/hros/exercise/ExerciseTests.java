package org.hros.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.exercise.domain.PeerReviews;
import org.hros.exercise.domain.Practice;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.ConflictException;
import org.hros.shared.ForbiddenException;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RecordApplicationEvents
class ExerciseTests extends IntegrationTestBase {

    static final String FIXED_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Careers</title></head>
            <body><main><h1>Work with us</h1><p>Open roles.</p></main></body>
            </html>
            """;

    @Autowired
    Practice practice;

    @Autowired
    PeerReviews reviews;

    @Autowired
    ApplicationEvents events;

    static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    MockHttpServletResponse as(MockHttpServletRequestBuilder request, Person who, MemberRole role) throws Exception {
        if (who != null) {
            request = request.with(user(principal(who, role)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void membersSeeTheSixBuiltInExercises() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        String page = as(get("/exercises"), member, MemberRole.MEMBER).getContentAsString();
        assertThat(page)
                .contains(
                        "Fix a careers page for screen readers",
                        "Mark up a job posting for search engines",
                        "Rewrite a job ad that repels half its readers",
                        "Rewrite a rejection e-mail",
                        "Find where the funnel leaks",
                        "Cost per hire by source");
        String api = as(get("/api/v1/exercises/funnel-conversion"), member, MemberRole.MEMBER)
                .getContentAsString();
        assertThat(api).contains("Started the application", "\"id\":\"leak\"");
    }

    @Test
    void pagesAndApiNeedAMemberAndWritingNeedsAnEditor() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        assertThat(as(get("/exercises"), null, null).getStatus()).isEqualTo(302);
        assertThat(as(get("/exercises/job-ad-rewrite"), null, null).getStatus()).isEqualTo(302);
        assertThat(as(get("/api/v1/exercises"), null, null).getStatus()).isEqualTo(401);
        assertThat(as(
                                post("/api/v1/exercises/job-ad-rewrite/check")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"text\":\"Hello\"}"),
                                null,
                                null)
                        .getStatus())
                .isEqualTo(401);
        assertThat(as(get("/exercises/job-ad-rewrite"), member, MemberRole.MEMBER)
                        .getStatus())
                .isEqualTo(200);
        assertThat(as(get("/exercises/new"), member, MemberRole.MEMBER).getStatus())
                .isEqualTo(403);
        assertThat(as(get("/exercises/job-ad-rewrite/edit"), member, MemberRole.MEMBER)
                        .getStatus())
                .isEqualTo(403);
        assertThat(as(post("/exercises").with(csrf()).param("slug", "x-y"), member, MemberRole.MEMBER)
                        .getStatus())
                .isEqualTo(403);
        assertThat(as(get("/exercises/new"), editor, MemberRole.EDITOR).getStatus())
                .isEqualTo(200);
        assertThat(as(get("/exercises/job-ad-rewrite/edit"), editor, MemberRole.EDITOR)
                        .getStatus())
                .isEqualTo(200);
        assertThat(as(get("/exercises/no-such-exercise"), member, MemberRole.MEMBER)
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void badDefinitionsAreRefusedWithTheFieldsMessage() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        var form = post("/exercises")
                .with(csrf())
                .param("slug", "broken-checks")
                .param("title", "Broken checks")
                .param("kind", "HTML")
                .param("task", "Fix the page so that it passes.")
                .param("startingMaterial", "<p>Hi</p>");
        MockHttpServletResponse badJson = as(form.param("checks", "{not json"), editor, MemberRole.EDITOR);
        assertThat(badJson.getStatus()).isEqualTo(400);
        assertThat(badJson.getContentAsString()).contains("The checks must be a JSON object");
        MockHttpServletResponse unknown = as(
                post("/exercises")
                        .with(csrf())
                        .param("slug", "unknown-check")
                        .param("title", "Unknown check")
                        .param("kind", "HTML")
                        .param("task", "Fix the page so that it passes.")
                        .param("startingMaterial", "<p>Hi</p>")
                        .param("checks", "{\"spelling\": true}"),
                editor,
                MemberRole.EDITOR);
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("HTML exercises know validity, accessibility");
        MockHttpServletResponse created = as(
                post("/exercises")
                        .with(csrf())
                        .param("slug", "tiny-page")
                        .param("title", "A tiny page")
                        .param("kind", "HTML")
                        .param("task", "Make the page valid.")
                        .param("startingMaterial", "<p>Hi</p>")
                        .param("checks", "{\"validity\": true}"),
                editor,
                MemberRole.EDITOR);
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).isEqualTo("/exercises/tiny-page");
    }

    @Test
    void previewIsServedSandboxedAndOnlyToItsAuthor() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        long id = practice.attempt(
                "careers-page-accessibility",
                member.id(),
                FIXED_PAGE.replace("</main>", "<script>document.title='owned'</script></main>"),
                Map.of());
        String path = "/exercises/careers-page-accessibility/attempts/" + id + "/preview";
        MockHttpServletResponse preview = as(get(path), member, MemberRole.MEMBER);
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getHeaders("Content-Security-Policy"))
                .singleElement()
                .satisfies(csp -> assertThat(csp)
                        .contains("default-src 'none'", "style-src 'unsafe-inline'", "img-src data:", "sandbox")
                        .doesNotContain("script-src"));
        assertThat(preview.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(preview.getHeaders("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(preview.getContentType()).startsWith("text/html");
        assertThat(as(get(path), other, MemberRole.MEMBER).getStatus()).isEqualTo(404);
        assertThat(as(get("/exercises/job-ad-rewrite/attempts/" + id + "/preview"), member, MemberRole.MEMBER)
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void firstPassPublishesExercisePassedOnce() {
        Person member = fixtures.member(MemberRole.MEMBER);
        practice.attempt("careers-page-accessibility", member.id(), "<p>broken<p>", Map.of());
        assertThat(passedBy(member)).isEmpty();
        practice.attempt("careers-page-accessibility", member.id(), FIXED_PAGE, Map.of());
        practice.attempt("careers-page-accessibility", member.id(), FIXED_PAGE, Map.of());
        assertThat(passedBy(member))
                .singleElement()
                .satisfies(e -> assertThat(e.exerciseSlug()).isEqualTo("careers-page-accessibility"));
        assertThat(practice.history("careers-page-accessibility", member.id(), 0)
                        .attempts())
                .extracting(p -> p.passed())
                .containsExactly(true, true, false);
    }

    private List<ExercisePassed> passedBy(Person member) {
        return events.stream(ExercisePassed.class)
                .filter(e -> e.memberId() == member.id())
                .toList();
    }

    @Test
    void apiChecksWithoutSavingAndRefusesOversizedSnippets() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        MockHttpServletResponse checked = as(
                post("/api/v1/exercises/careers-page-accessibility/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"<html><body><img src=a.png><a href=/x>click here</a></body></html>\"}"),
                member,
                MemberRole.MEMBER);
        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString())
                .contains("\"passed\":false", "has no alt attribute", "click here", "\"attemptId\":null");
        assertThat(practice.history("careers-page-accessibility", member.id(), 0)
                        .attempts())
                .isEmpty();
        String big = "x".repeat(51 * 1024);
        MockHttpServletResponse tooBig = as(
                post("/api/v1/exercises/careers-page-accessibility/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"" + big + "\"}"),
                member,
                MemberRole.MEMBER);
        assertThat(tooBig.getStatus()).isEqualTo(400);
        assertThat(tooBig.getContentAsString()).contains("more than 50 KB");
        MockHttpServletResponse attempt = as(
                post("/api/v1/exercises/funnel-conversion/attempts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":{\"view-start\":\"40\"}}"),
                member,
                MemberRole.MEMBER);
        assertThat(attempt.getStatus()).isEqualTo(201);
        assertThat(attempt.getContentAsString()).contains("Question 1: your answer is 25 too high");
    }

    @Test
    void copyAttemptsArePeerReviewedOnceByOthersWhoTriedTheExercise() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reviewer = fixtures.member(MemberRole.MEMBER);
        Person stranger = fixtures.member(MemberRole.MEMBER);
        long attempt = practice.attempt(
                "candidate-email-rewrite", author.id(), "Thank you for your time. We chose someone else.", Map.of());
        practice.attempt("candidate-email-rewrite", reviewer.id(), "Thanks. It is a no this time.", Map.of());
        assertThat(reviews.waitingFor(reviewer.id())).noneMatch(w -> w.attemptId() == attempt);
        reviews.offer("candidate-email-rewrite", attempt, author.id());
        assertThat(reviews.waitingFor(reviewer.id())).anyMatch(w -> w.attemptId() == attempt);
        assertThat(reviews.waitingFor(stranger.id())).noneMatch(w -> w.attemptId() == attempt);
        assertThat(reviews.waitingFor(author.id())).noneMatch(w -> w.attemptId() == attempt);
        String path = "/exercises/candidate-email-rewrite/attempts/" + attempt;
        assertThat(as(get(path), stranger, MemberRole.MEMBER).getStatus()).isEqualTo(404);
        MockHttpServletResponse reviewed = as(
                post(path + "/reviews")
                        .with(csrf())
                        .param("clear", "3")
                        .param("inclusive", "2")
                        .param("specific", "1")
                        .param("honest", "3")
                        .param("comment", "Kind and short; say why."),
                reviewer,
                MemberRole.MEMBER);
        assertThat(reviewed.getStatus()).isEqualTo(302);
        assertThat(reviews.waitingFor(reviewer.id())).noneMatch(w -> w.attemptId() == attempt);
        var command = reviews.command(1, 1, 1, 1, "Once more, with feeling.");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> reviews.review("candidate-email-rewrite", attempt, reviewer.id(), command))
                .isInstanceOf(ConflictException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> reviews.review("candidate-email-rewrite", attempt, author.id(), command))
                .isInstanceOf(ForbiddenException.class);
        String authorsView = as(get(path), author, MemberRole.MEMBER).getContentAsString();
        assertThat(authorsView).contains("Kind and short; say why.").doesNotContain(reviewer.name());
        MockHttpServletResponse badReview = as(
                post(path + "/reviews").with(csrf()).param("clear", "7").param("comment", "short"),
                stranger,
                MemberRole.MEMBER);
        assertThat(badReview.getStatus()).isIn(400, 404);
    }

    @Test
    void htmxCheckSavesAnAttemptAndAnswersTheFeedbackPanel() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        MockHttpServletResponse panel = as(
                post("/exercises/job-ad-rewrite/attempts")
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("text", "We want a competitive rockstar <script>alert(1)</script>."),
                member,
                MemberRole.MEMBER);
        assertThat(panel.getStatus()).isEqualTo(200);
        String html = panel.getContentAsString();
        assertThat(html).doesNotContain("<html").contains("<mark class=\"mark--masculine\"");
        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
        Matcher saved =
                Pattern.compile("/exercises/job-ad-rewrite/attempts/(\\d+)").matcher(html);
        assertThat(saved.find()).isTrue();
        MockHttpServletResponse empty = as(
                post("/exercises/job-ad-rewrite/attempts").with(csrf()).param("text", "  "), member, MemberRole.MEMBER);
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("Write something to check.");
    }
}
