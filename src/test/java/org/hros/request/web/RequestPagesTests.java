package org.hros.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hros.discussion.ReplyPosted;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.request.OfferKind;
import org.hros.request.RequestCommand;
import org.hros.request.domain.Agenda;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class RequestPagesTests extends IntegrationTestBase {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Agenda agenda;

    private static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    private long ask(Person poster, String title) {
        return agenda.post(
                poster.id(),
                new RequestCommand(
                        title,
                        "A description that is long enough, with **bold** text <script>alert(1)</script>.",
                        List.of(Topic.of("candidate-experience")),
                        List.of(),
                        null,
                        null));
    }

    @Test
    void aMemberPostsARequestAndReadsItSanitised() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        mvc.perform(post("/requests")
                        .with(user(principal(poster, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("title", "Feedback for rejected candidates that legal signs off")
                        .param("description", "We send a template. **Real** feedback? <script>alert(1)</script>")
                        .param("topics", "candidate-experience", "interviewing")
                        .param("skills", "structured-interviewing")
                        .param("sizeBand", "201-500")
                        .param("industry", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/requests/*/feedback-for-rejected-candidates-that-legal-signs-off"));

        mvc.perform(get("/requests?sort=newest"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Feedback for rejected candidates that legal signs off")));
        String page = mvc.perform(get("/requests?sort=newest&topic=interviewing"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String path = page.replaceAll("(?s).*href=\"(/requests/\\d+/feedback-for-rejected[^\"]*)\".*", "$1");
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Real</strong>")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString(poster.name())))
                .andExpect(content().string(containsString("id=\"discussion\"")));
    }

    @Test
    void aRequestTitledLikeAnActionStillOpensItsOwnPage() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        String location = mvc.perform(post("/requests")
                        .with(user(principal(poster, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("title", "Edit!!!!!!!")
                        .param("description", "A title that is one word, the same as the edit action's.")
                        .param("topics", "candidate-experience"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/requests/*/edit-1"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"discussion\"")))
                .andExpect(content().string(containsString("A title that is one word")));
    }

    @Test
    void membersDiscussARequestOnItsPageAndThePosterFollowsTheThread() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person peer = fixtures.member(MemberRole.MEMBER);
        long id = agenda.post(
                poster.id(),
                new RequestCommand(
                        "Exit interviews nobody reads",
                        "We collect exit interviews and nobody acts on them. How did you close the loop?",
                        List.of(Topic.of("candidate-experience")),
                        List.of(),
                        null,
                        null));
        events.clear();
        mvc.perform(post("/discussion/REQUEST/" + id + "/replies")
                        .with(user(principal(peer, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("body", "We read them **monthly** with the hiring managers."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/requests/" + id + "/exit-interviews-nobody-reads"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>monthly</strong>")))
                .andExpect(content().string(containsString(peer.name())));
        ReplyPosted posted = events.stream(ReplyPosted.class).findFirst().orElseThrow();
        assertThat(posted.subject()).isEqualTo(new SubjectRef(SubjectType.REQUEST, id));
        assertThat(posted.followers()).containsExactly(poster.id());
        assertThat(posted.path()).startsWith("/requests/" + id + "/");
    }

    @Test
    void invalidRequestsAreRefusedWithTheFieldsMessages() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        mvc.perform(post("/requests")
                        .with(user(principal(poster, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("title", "Short")
                        .param("description", "")
                        .param("topics", "not-a-topic"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write a title of at least 10 characters.")))
                .andExpect(content().string(containsString("Describe your need in at least 20 characters.")))
                .andExpect(content().string(containsString("That value is not one of the choices.")));
        mvc.perform(post("/requests")
                        .with(user(principal(poster, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("title", "A title that is long enough")
                        .param("description", "A description that is long enough too."))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose at least one topic.")));
    }

    @Test
    void visitorsReadTheBoardButMustLogInToAsk() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        long id = ask(poster, "Visitors can read this request");
        mvc.perform(get("/requests")).andExpect(status().isOk());
        mvc.perform(get("/requests/" + id)).andExpect(status().isMovedPermanently());
        mvc.perform(get("/requests/" + id + "/wrong-slug")).andExpect(status().isMovedPermanently());
        mvc.perform(get("/requests/new").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/requests?mine=voted").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/requests?sort=loudest")).andExpect(status().isBadRequest());
        mvc.perform(get("/requests/999999999/x")).andExpect(status().isNotFound());
        mvc.perform(post("/requests/" + id + "/vote").with(csrf()).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void voteAndFollowWorkWithAndWithoutHtmx() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person voter = fixtures.member(MemberRole.MEMBER);
        long id = ask(poster, "Votes with and without scripts");
        mvc.perform(post("/requests/" + id + "/vote")
                        .with(user(principal(voter, MemberRole.MEMBER)))
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"vote-count\">1<")))
                .andExpect(content().string(containsString("Take my vote back")));
        mvc.perform(post("/requests/" + id + "/vote")
                        .with(user(principal(voter, MemberRole.MEMBER)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/requests/" + id + "/votes-with-and-without-scripts")
                        .with(user(principal(voter, MemberRole.MEMBER))))
                .andExpect(content().string(containsString("id=\"vote-count\">1<")));
        mvc.perform(get("/requests?mine=voted").with(user(principal(voter, MemberRole.MEMBER))))
                .andExpect(content().string(containsString("Votes with and without scripts")));
        mvc.perform(post("/requests/" + id + "/follow")
                        .with(user(principal(voter, MemberRole.MEMBER)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/requests?mine=followed").with(user(principal(voter, MemberRole.MEMBER))))
                .andExpect(content().string(containsString("Votes with and without scripts")));
        mvc.perform(post("/requests/" + id + "/unvote")
                        .with(user(principal(voter, MemberRole.MEMBER)))
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"vote-count\">0<")));
        mvc.perform(get("/requests?mine=voted").with(user(principal(voter, MemberRole.MEMBER))))
                .andExpect(content().string(not(containsString("Votes with and without scripts"))));
    }

    @Test
    void offersAreSeenOnlyByEditorsAndTheOfferingMember() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person offering = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = ask(poster, "Offers stay private to editors");
        String path = "/requests/" + id + "/offers-stay-private-to-editors";
        String note = "Private note zq" + id + ": we tried this at my last employer";
        mvc.perform(post("/requests/" + id + "/offer")
                        .with(user(principal(offering, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("note", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose what you could give.")))
                .andExpect(content().string(containsString("Write a short note to the editors.")));
        mvc.perform(post("/requests/" + id + "/offer")
                        .with(user(principal(offering, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("kind", OfferKind.SPARK.name())
                        .param("note", note))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(path).with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(content().string(containsString(note)))
                .andExpect(content().string(containsString(offering.name())));
        mvc.perform(get("/review/requests/" + id).with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(note)));
        mvc.perform(get(path).with(user(principal(offering, MemberRole.MEMBER))))
                .andExpect(content().string(containsString("Only editors and you see it.")));
        for (var viewer :
                List.of(user(principal(other, MemberRole.MEMBER)), user(principal(poster, MemberRole.MEMBER)))) {
            mvc.perform(get(path).with(viewer))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(note))))
                    .andExpect(content().string(not(containsString(offering.name()))));
        }
        mvc.perform(get(path)).andExpect(content().string(not(containsString(offering.name()))));
        mvc.perform(get("/review/requests/" + id).with(user(principal(other, MemberRole.MEMBER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/requests/" + id)).andExpect(content().string(not(containsString(note))));
    }

    @Test
    void whileTypingTheTitleSimilarRequestsAndCasesAreSuggested() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        ask(poster, "Zebrafish onboarding buddies for remote hires");
        fixtures.published(
                poster,
                editor,
                "Zebrafish buddies burned out our onboarding",
                org.hros.casestudy.Outcome.FAILURE,
                Topic.of("onboarding"));
        // Similar content may come from the search index, which is written in the background after each commit.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/requests/similar")
                                .param("title", "zebrafish buddy")
                                .header("HX-Request", "true"))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("Zebrafish onboarding buddies for remote hires")))
                        .andExpect(content().string(containsString("Zebrafish buddies burned out our onboarding"))));
        mvc.perform(get("/requests/similar").param("title", "qq"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<li>"))));
    }

    @Test
    void editorsTriageStatusMergeAndLinkOnTheDesk() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = ask(poster, "Triage desk request to close");
        long other = ask(poster, "Triage desk request to keep");
        var asEditor = user(principal(editor, MemberRole.EDITOR));
        mvc.perform(get("/review/requests").with(asEditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Triage desk request to close")));
        mvc.perform(post("/review/requests/" + id + "/status")
                        .with(asEditor)
                        .with(csrf())
                        .param("status", "CLOSED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "request.reason.required"));
        mvc.perform(post("/review/requests/" + id + "/merge")
                        .with(asEditor)
                        .with(csrf())
                        .param("into", "/requests/" + other + "/x"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "triage.merged"));
        mvc.perform(get("/requests/" + id + "/triage-desk-request-to-close"))
                .andExpect(content().string(containsString("This request was merged into another one")));
        mvc.perform(post("/review/requests/" + other + "/cases")
                        .with(asEditor)
                        .with(csrf())
                        .param("caseRef", "not a case"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "request.link.invalid"));
        long published = fixtures.published(
                poster, editor, "A case that answers the desk", org.hros.casestudy.Outcome.MIXED, Topic.of("sourcing"));
        // The first post shows which case it is and what linking will do; nothing is linked yet.
        mvc.perform(post("/review/requests/" + other + "/cases")
                        .with(asEditor)
                        .with(csrf())
                        .param("caseRef", "http://localhost:8080/cases/" + published + "/a-case"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Link this case to the request?")))
                .andExpect(content().string(containsString("A case that answers the desk")))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"yes\"")));
        mvc.perform(get("/requests/" + other + "/triage-desk-request-to-keep"))
                .andExpect(content().string(not(containsString("request-status--ANSWERED"))));
        mvc.perform(post("/review/requests/" + other + "/cases")
                        .with(asEditor)
                        .with(csrf())
                        .param("caseRef", String.valueOf(published))
                        .param("confirmed", "yes"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "triage.linked"));
        mvc.perform(get("/requests/" + other + "/triage-desk-request-to-keep"))
                .andExpect(content().string(containsString("A case that answers the desk")))
                .andExpect(content().string(containsString("request-status--ANSWERED")));

        // Undone: the request is back where it stood, and the asker is told of the correction.
        mvc.perform(get("/review/requests/" + other).with(asEditor))
                .andExpect(content()
                        .string(containsString("/review/requests/" + other + "/cases/" + published + "/unlink")));
        mvc.perform(post("/review/requests/" + other + "/cases/" + published + "/unlink")
                        .with(asEditor)
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "triage.unlinked"));
        mvc.perform(get("/requests/" + other + "/triage-desk-request-to-keep"))
                .andExpect(content().string(not(containsString("A case that answers the desk"))))
                .andExpect(content().string(containsString("request-status--OPEN")));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from notice where recipient_id = ? and text like ?")
                                .params(
                                        poster.id(),
                                        "A correction: the case linked to \"Triage desk request to keep\"%")
                                .query(Integer.class)
                                .single()
                        == 1);
        // Unlinking again changes nothing.
        mvc.perform(post("/review/requests/" + other + "/cases/" + published + "/unlink")
                        .with(asEditor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void thePosterEditsTheirRequestAndNobodyElseCan() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        long id = ask(poster, "A request its poster will edit");
        mvc.perform(get("/requests/" + id + "/edit").with(user(principal(poster, MemberRole.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"A request its poster will edit\"")));
        mvc.perform(get("/requests/" + id + "/edit").with(user(principal(other, MemberRole.MEMBER))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/requests/" + id + "/edit")
                        .with(user(principal(other, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("title", "Somebody else's words")
                        .param("description", "Somebody else trying to change this request.")
                        .param("topics", "sourcing"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/requests/" + id + "/edit")
                        .with(user(principal(poster, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("title", "x")
                        .param("description", "Still long enough to be a description.")
                        .param("topics", "sourcing"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write a title of at least 10 characters.")));
        mvc.perform(post("/requests/" + id + "/edit")
                        .with(user(principal(poster, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("title", "A request its poster edited")
                        .param("description", "Now with a _clearer_ description of the need.")
                        .param("topics", "sourcing"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/requests/*/a-request-its-poster-edited"));
        mvc.perform(get("/requests/" + id + "/a-request-its-poster-edited"))
                .andExpect(content().string(containsString("<em>clearer</em>")));
        mvc.perform(get("/requests/" + id + "/edit").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void postingIsRateLimitedPerMember() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        int status = 0;
        for (int i = 0; i < 40 && status != 429; i++) {
            status = mvc.perform(post("/requests")
                            .with(user(principal(poster, MemberRole.MEMBER)))
                            .with(csrf())
                            .param("title", "x"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(429);
    }

    @Test
    void aDiscardedDraftLeavesTheInvitationOpenToAcceptAgain() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person writer = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = ask(poster, "A request whose first draft is thrown away");
        long offer = agenda.offer(id, writer.id(), OfferKind.SPARK, "I can write a Spark.");
        agenda.invite(offer, editor.id());
        long first = agenda.accept(offer, writer.id());
        fixtures.authoring().discard(writer.id(), first);
        mvc.perform(get("/requests/invitations/" + offer).with(user(principal(writer, MemberRole.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Accept and start writing")));
        long second = agenda.accept(offer, writer.id());
        org.assertj.core.api.Assertions.assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/requests/invitations/" + offer).with(user(principal(other(), MemberRole.MEMBER))))
                .andExpect(status().isNotFound());
    }

    private Person other() {
        return fixtures.member(MemberRole.MEMBER);
    }
}
