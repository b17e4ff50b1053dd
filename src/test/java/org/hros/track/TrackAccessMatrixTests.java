package org.hros.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.track.TrackTestScene.principal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.track.domain.TrackComposer;
import org.hros.track.domain.TrackDraft;
import org.hros.track.domain.TrackReading;
import org.hros.track.domain.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may do what with tracks: anonymous, member, proposer, editor and admin against every kind of action. */
class TrackAccessMatrixTests extends IntegrationTestBase {

    enum Who {
        ANONYMOUS,
        MEMBER,
        PROPOSER,
        EDITOR,
        ADMIN
    }

    @Autowired
    TrackSamples samples;

    @Autowired
    TrackComposer composer;

    @Autowired
    TrackProgress progress;

    @Autowired
    TrackReading reading;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    Person member;
    Person proposer;
    Person editor;
    Person admin;
    Person holder;
    long caseId;
    String published;

    @BeforeEach
    void scene() {
        member = fixtures.member(MemberRole.MEMBER);
        proposer = fixtures.member(MemberRole.MEMBER);
        editor = fixtures.member(MemberRole.EDITOR);
        admin = fixtures.member(MemberRole.ADMIN);
        holder = fixtures.member(MemberRole.MEMBER);
        caseId = TrackTestScene.anonymousCase(authoring, reviews, member, editor, "Matrix case " + member.id());
        published = samples.publishSample(
                editor.id(), TrackTestScene.command("Matrix track " + member.id(), caseId, "matrix-" + member.id()));
    }

    String proposal() {
        return composer.create(
                new TrackDraft(
                        "Proposal " + UUID.randomUUID(),
                        "writing",
                        "A proposed path through the cases that taught me most.",
                        "",
                        List.of("CASE"),
                        List.of("/cases/" + caseId),
                        List.of(),
                        List.of(),
                        List.of("It shows the failure from the inside."),
                        List.of("")),
                new Viewer(proposer.id(), false));
    }

    MockHttpServletResponse as(Who who, MockHttpServletRequestBuilder request) throws Exception {
        Person p = switch (who) {
            case ANONYMOUS -> null;
            case MEMBER -> member;
            case PROPOSER -> proposer;
            case EDITOR -> editor;
            case ADMIN -> admin;
        };
        if (p != null) {
            MemberRole role =
                    who == Who.EDITOR ? MemberRole.EDITOR : who == Who.ADMIN ? MemberRole.ADMIN : MemberRole.MEMBER;
            request = request.with(user(principal(p, role)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A visitor is sent to log in (a page) or refused outright; nothing is done for them. */
    static boolean sentToLogIn(MockHttpServletResponse r) {
        return (r.getStatus() == 302 && String.valueOf(r.getRedirectedUrl()).contains("/login"))
                || r.getStatus() == 401
                || r.getStatus() == 403;
    }

    @Test
    void everyRoleAgainstEveryAction() throws Exception {
        progress.recordExercisePassed(holder.id(), "matrix-" + member.id(), Instant.now());
        String certificate = certificateOf(holder);
        for (Who who : Who.values()) {
            boolean signedIn = who != Who.ANONYMOUS;
            boolean editorial = who == Who.EDITOR || who == Who.ADMIN;
            String draft = proposal();

            assertThat(as(who, get("/tracks/" + published)).getStatus())
                    .as("read published " + who)
                    .isEqualTo(200);
            assertThat(as(who, get("/api/v1/tracks/" + published)).getStatus()).isEqualTo(200);

            int seesDraft = editorial || who == Who.PROPOSER ? 200 : 404;
            assertThat(as(who, get("/tracks/" + draft)).getStatus())
                    .as("read draft " + who)
                    .isEqualTo(seesDraft);
            assertThat(as(who, get("/tracks/" + draft + "/steps/1")).getStatus())
                    .isEqualTo(seesDraft);
            assertThat(as(who, get("/api/v1/tracks/" + draft)).getStatus()).isEqualTo(seesDraft);

            var start = as(who, post("/tracks/" + published + "/start").with(csrf()));
            var vote = as(who, post("/tracks/" + published + "/vote").with(csrf()));
            var propose = as(who, get("/tracks/new"));
            if (signedIn) {
                assertThat(start.getRedirectedUrl()).as("progress " + who).endsWith("/steps/1");
                assertThat(vote.getRedirectedUrl()).as("vote " + who).endsWith("/tracks/" + published);
                assertThat(propose.getStatus()).as("propose " + who).isEqualTo(200);
            } else {
                assertThat(sentToLogIn(start)).isTrue();
                assertThat(sentToLogIn(vote)).isTrue();
                assertThat(sentToLogIn(propose)).isTrue();
            }
            // Following a draft is impossible for everyone.
            if (signedIn) {
                assertThat(as(who, post("/tracks/" + draft + "/start").with(csrf()))
                                .getStatus())
                        .isEqualTo(404);
            }

            var publish = as(who, post("/tracks/" + draft + "/publish").with(csrf()));
            if (!signedIn) {
                assertThat(sentToLogIn(publish)).isTrue();
            } else if (editorial) {
                assertThat(publish.getStatus()).as("publish " + who).isEqualTo(302);
                assertThat(as(Who.ANONYMOUS, get("/tracks/" + draft)).getStatus())
                        .isEqualTo(200);
            } else {
                assertThat(publish.getStatus()).as("publish " + who).isIn(403, 404);
                assertThat(as(Who.ANONYMOUS, get("/tracks/" + draft)).getStatus())
                        .isEqualTo(404);
            }

            // Somebody else's certificate: readable by link, never changeable; hidden, nobody but its holder.
            assertThat(as(who, get("/certificates/" + certificate)).getStatus()).isEqualTo(200);
            var change = as(
                    who,
                    post("/certificates/" + certificate)
                            .param("shownAs", "NAME")
                            .with(csrf()));
            assertThat(signedIn ? change.getStatus() == 404 : sentToLogIn(change))
                    .as("certificate " + who)
                    .isTrue();
        }
        mvc.perform(post("/certificates/" + certificate)
                        .param("hidden", "true")
                        .with(csrf())
                        .with(user(principal(holder, MemberRole.MEMBER))))
                .andReturn();
        for (Who who : Who.values()) {
            assertThat(as(who, get("/certificates/" + certificate)).getStatus()).isEqualTo(404);
        }
    }

    @Test
    void aProposerSubmitsAndSeesTheEditorsNoteAndOthersNever() throws Exception {
        String draft = proposal();
        assertThat(as(Who.PROPOSER, post("/tracks/" + draft + "/submit").with(csrf()))
                        .getStatus())
                .isEqualTo(302);
        assertThat(as(Who.EDITOR, get("/review")).getContentAsString()).contains(draft);
        assertThat(as(
                                Who.EDITOR,
                                post("/tracks/" + draft + "/return")
                                        .param("note", "Add a TEXT-NOTE-42 step")
                                        .with(csrf()))
                        .getStatus())
                .isEqualTo(302);
        assertThat(as(Who.PROPOSER, get("/tracks/" + draft)).getContentAsString())
                .contains("TEXT-NOTE-42");
        assertThat(as(Who.MEMBER, get("/tracks/" + draft)).getStatus()).isEqualTo(404);
        // Proposing through the form: a draft only its proposer sees.
        var proposed = as(
                Who.PROPOSER,
                post("/tracks")
                        .param("title", "Cases that taught me")
                        .param("skill", "writing")
                        .param("summary", "A proposed path through the cases that taught me most.")
                        .param("kinds", "CASE", "CASE")
                        .param("refs", "/cases/" + caseId, "")
                        .param("whys", "It shows the failure from the inside.", "")
                        .param("prompts", "", "")
                        .with(csrf()));
        assertThat(proposed.getStatus()).isEqualTo(302);
        assertThat(as(Who.PROPOSER, get(proposed.getRedirectedUrl())).getStatus())
                .isEqualTo(200);
        assertThat(as(Who.MEMBER, get(proposed.getRedirectedUrl())).getStatus()).isEqualTo(404);
        // A proposal is built from published cases only.
        var refused = as(
                Who.PROPOSER,
                post("/tracks")
                        .param("title", "Sneaky text track")
                        .param("skill", "writing")
                        .param("summary", "A track with a text step a member may not add.")
                        .param("kinds", "TEXT")
                        .param("refs", "")
                        .param("stepTitles", "Title")
                        .param("bodies", "Some text that is long enough to pass.")
                        .param("whys", "Because it is needed here.")
                        .with(csrf()));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("built from published cases only");
    }

    @Test
    void aSkillWithEnoughVotesAndNoTrackShowsOnTheDeskAndTheList() throws Exception {
        for (Who who : List.of(Who.MEMBER, Who.PROPOSER, Who.EDITOR)) {
            assertThat(as(who, post("/tracks/skills/events/vote").with(csrf())).getStatus())
                    .isEqualTo(302);
        }
        assertThat(as(Who.ANONYMOUS, get("/tracks")).getContentAsString()).contains("/tracks?skill=events\"");
        assertThat(as(Who.EDITOR, get("/review")).getContentAsString()).contains("Events and community");
        as(Who.MEMBER, post("/tracks/skills/events/vote/withdraw").with(csrf()));
        assertThat(as(Who.EDITOR, get("/review")).getContentAsString()).doesNotContain("Events and community");
    }

    private String certificateOf(Person p) throws Exception {
        mvc.perform(post("/tracks/" + published + "/steps/1/done")
                        .with(csrf())
                        .with(user(principal(p, MemberRole.MEMBER))))
                .andReturn();
        mvc.perform(post("/tracks/" + published + "/steps/2/done")
                        .with(csrf())
                        .with(user(principal(p, MemberRole.MEMBER))))
                .andReturn();
        return reading.track(published, new Viewer(p.id(), false)).progress().certificateToken();
    }
}
