package org.hros.casestudy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.QueueItem;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.ConflictException;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CaseLibraryPagesTests extends IntegrationTestBase {

    private static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    @Test
    void publishedCaseReadsWellAndOldSlugsRedirect() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.published(
                author, editor, "Candidate portal that nobody used", Outcome.FAILURE, Topic.of("candidate-experience"));

        mvc.perform(get("/cases/" + id))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/cases/" + id + "/candidate-portal-that-nobody-used"));
        mvc.perform(get("/cases/" + id + "/candidate-portal-that-nobody-used"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Candidate portal that nobody used</h1>")))
                .andExpect(content().string(containsString("What we got wrong")))
                .andExpect(content()
                        .string(containsString(
                                "rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\"")))
                .andExpect(content().string(containsString(author.name())));

        // A new revision with a new title: the old address redirects, the old revision stays readable.
        CaseCommand renamed = TestFixtures.completeCase(
                "Candidate portal, second look",
                Outcome.MIXED,
                Topic.of("candidate-experience"),
                AttributionMode.NAMED);
        fixtures.authoring().saveDraft(author.id(), id, renamed);
        fixtures.authoring().submit(author.id(), id);
        mvc.perform(get("/cases/" + id + "/candidate-portal-that-nobody-used"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Candidate portal that nobody used")));
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        mvc.perform(get("/cases/" + id + "/candidate-portal-that-nobody-used"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/cases/" + id + "/candidate-portal-second-look"));
        mvc.perform(get("/cases/" + id + "/candidate-portal-second-look"))
                .andExpect(content().string(containsString("2 published revisions")));
        mvc.perform(get("/cases/" + id + "/candidate-portal-that-nobody-used").param("revision", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are reading revision 1 of 2.")))
                .andExpect(content().string(containsString("Candidate portal that nobody used")));
        mvc.perform(get("/cases/" + id + "/x").param("revision", "9")).andExpect(status().isNotFound());
    }

    @Test
    void browseCountsFacetsAndPages() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        for (int i = 0; i < 13; i++) {
            fixtures.published(
                    author,
                    editor,
                    "Onboarding buddy experiment " + i,
                    i % 2 == 0 ? Outcome.FAILURE : Outcome.SUCCESS,
                    Topic.of("onboarding"));
        }
        mvc.perform(get("/cases").param("topic", "onboarding"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString("Onboarding buddy experiment 12")))
                .andExpect(content().string(not(containsString("Onboarding buddy experiment 0<"))));
        mvc.perform(get("/cases").param("topic", "onboarding").param("page", "2"))
                .andExpect(content().string(containsString("Onboarding buddy experiment 0<")));
        String failures = mvc.perform(get("/cases").param("topic", "onboarding").param("outcome", "failure"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(failures).contains("7 cases").doesNotContain("Onboarding buddy experiment 1<");
        String europe = mvc.perform(get("/cases").param("topic", "onboarding").param("region", "europe"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(europe).contains("13 cases", "href=\"/cases?topic=onboarding\"");
        mvc.perform(get("/cases").param("topic", "onboarding").param("region", "africa"))
                .andExpect(content().string(containsString("No cases match yet")));
        // htmx asks for the fragment only.
        mvc.perform(get("/cases").param("topic", "onboarding").header("HX-Request", "true"))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"browse\"")));
    }

    @Test
    void emptyBrowseTellsANewcomerWhatToDo() throws Exception {
        mvc.perform(get("/cases").param("topic", "dei").param("skill", "seo").param("size", "1-50"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No cases match yet")))
                .andExpect(content().string(containsString("href=\"/write\"")));
    }

    @Test
    void authorWritesThroughTheFormAndSeesFieldMessages() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        mvc.perform(post("/cases")
                        .with(user(principal(author, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("type", "SPARK")
                        .param("title", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give your case a title of at least three characters.")));
        mvc.perform(post("/cases")
                        .with(user(principal(author, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("type", "SPARK")
                        .param("title", "A big team")
                        .param("teamSize", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a whole number.")));
        mvc.perform(post("/cases")
                        .with(user(principal(author, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("type", "SPARK")
                        .param("title", "A spark about silver medallists")
                        .param("why", "Because runners-up are gold.")
                        .param("outcome", "SUCCESS"))
                .andExpect(redirectedUrlPattern("/my/cases/*"));
        mvc.perform(get("/my/cases").with(user(principal(author, MemberRole.MEMBER))))
                .andExpect(content().string(containsString("A spark about silver medallists")))
                .andExpect(content().string(containsString("Draft")));
    }

    @Test
    void draftsArePrivate() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Secret draft about layoffs", Outcome.FAILURE, Topic.of("employer-brand"));
        mvc.perform(get("/cases/" + id).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        Person other = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/my/cases/" + id)
                        .with(user(principal(other, MemberRole.MEMBER)))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases").param("topic", "employer-brand"))
                .andExpect(content().string(not(containsString("Secret draft about layoffs"))));
    }

    @Test
    void reviewQueueIsOldestFirstAndEditorsCannotReviewTheirOwn() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long first = fixtures.draft(author, "First in the queue", Outcome.MIXED, Topic.of("sourcing"));
        long second = fixtures.draft(author, "Second in the queue", Outcome.MIXED, Topic.of("sourcing"));
        fixtures.authoring().submit(author.id(), first);
        fixtures.authoring().submit(author.id(), second);
        List<Long> order =
                fixtures.reviews().queue().stream().map(QueueItem::caseId).toList();
        assertThat(order.indexOf(first)).isLessThan(order.indexOf(second));

        long own = fixtures.draft(editor, "An editor's own case", Outcome.SUCCESS, Topic.of("sourcing"));
        fixtures.authoring().submit(editor.id(), own);
        assertThatThrownBy(() -> fixtures.reviews().claim(own, editor.id())).isInstanceOf(ConflictException.class);

        mvc.perform(get("/review").with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("First in the queue")));
        mvc.perform(get("/review").with(user(principal(author, MemberRole.MEMBER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void returnedCaseShowsTheEditorsNotesToItsAuthor() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.draft(author, "Careers site rebuild", Outcome.FAILURE, Topic.of("careers-site"));
        fixtures.authoring().submit(author.id(), id);
        mvc.perform(post("/review/" + id + "/claim")
                .with(user(principal(editor, MemberRole.EDITOR)))
                .with(csrf()));
        mvc.perform(post("/review/" + id + "/notes")
                .with(user(principal(editor, MemberRole.EDITOR)))
                .with(csrf())
                .param("section", "results")
                .param("body", "Which metric fell, and by how much?"));
        // The author cannot read notes while the review is in progress.
        mvc.perform(get("/my/cases/" + id).with(user(principal(author, MemberRole.MEMBER))))
                .andExpect(content().string(not(containsString("Which metric fell"))));
        mvc.perform(post("/review/" + id + "/return")
                        .with(user(principal(editor, MemberRole.EDITOR)))
                        .with(csrf())
                        .param("message", "Good start."))
                .andExpect(redirectedUrl("/review"));
        mvc.perform(get("/my/cases/" + id).with(user(principal(author, MemberRole.MEMBER))))
                .andExpect(content().string(containsString("Which metric fell, and by how much?")))
                .andExpect(content().string(containsString("href=\"#section-results\"")))
                .andExpect(content().string(containsString("Good start.")))
                .andExpect(content().string(containsString("Returned with notes")));
    }
}
