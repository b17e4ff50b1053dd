package org.hros.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.track.TrackTestScene.principal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.util.UUID;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleService;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.track.domain.TrackReading;
import org.hros.track.domain.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class TrackTests extends IntegrationTestBase {

    @Autowired
    TrackSamples samples;

    @Autowired
    TrackProgress progress;

    @Autowired
    TrackReading reading;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    @Autowired
    CircleService circles;

    @Autowired
    CircleInvitations invitations;

    Person author;
    Person editor;
    Person learner;
    long caseId;
    String exercise;
    String slug;

    @BeforeEach
    void aPublishedTrackWithAnAnonymousCase() {
        author = fixtures.member(MemberRole.MEMBER);
        editor = fixtures.member(MemberRole.EDITOR);
        learner = fixtures.member(MemberRole.MEMBER);
        caseId = TrackTestScene.anonymousCase(
                authoring, reviews, author, editor, "We lost a hire by silence " + author.id());
        exercise = "practise-" + UUID.randomUUID().toString().substring(0, 8);
        slug = samples.publishSample(
                editor.id(), TrackTestScene.command("Failure reading " + author.id(), caseId, exercise));
    }

    String body(MockHttpServletRequestBuilder request, Person viewer, MemberRole role) throws Exception {
        if (viewer != null) {
            request = request.with(user(principal(viewer, role)));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    int status(MockHttpServletRequestBuilder request, Person viewer, MemberRole role) throws Exception {
        if (viewer != null) {
            request = request.with(user(principal(viewer, role)));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void aMemberFollowsATrackToItsCertificateAndCanHideAndRevokeIt() throws Exception {
        assertThat(status(post("/tracks/" + slug + "/start").with(csrf()), learner, MemberRole.MEMBER))
                .isEqualTo(302);
        assertThat(status(post("/tracks/" + slug + "/steps/1/done").with(csrf()), learner, MemberRole.MEMBER))
                .isEqualTo(302);
        assertThat(status(post("/tracks/" + slug + "/steps/2/done").with(csrf()), learner, MemberRole.MEMBER))
                .isEqualTo(302);
        // An exercise step cannot be ticked by hand: only passing the exercise does it.
        assertThat(status(post("/tracks/" + slug + "/steps/3/done").with(csrf()), learner, MemberRole.MEMBER))
                .isEqualTo(409);
        assertThat(reading.track(slug, new Viewer(learner.id(), false))
                        .progress()
                        .completed())
                .isFalse();

        progress.recordExercisePassed(learner.id(), exercise, Instant.now());
        var done = reading.track(slug, new Viewer(learner.id(), false)).progress();
        assertThat(done.completed()).isTrue();
        assertThat(done.done()).isEqualTo(3);
        String token = done.certificateToken();
        assertThat(token).hasSizeGreaterThan(30);

        // By default the certificate shows neither name nor handle.
        String shown = body(get("/certificates/" + token), null, null);
        assertThat(shown).contains("Failure reading").doesNotContain(learner.name());
        mvc.perform(post("/certificates/" + token)
                        .param("shownAs", "NAME")
                        .with(csrf())
                        .with(user(principal(learner, MemberRole.MEMBER))))
                .andReturn();
        assertThat(body(get("/certificates/" + token), null, null)).contains(learner.name());

        // Hidden: only its holder sees it.
        mvc.perform(post("/certificates/" + token)
                        .param("shownAs", "NAME")
                        .param("hidden", "true")
                        .with(csrf())
                        .with(user(principal(learner, MemberRole.MEMBER))))
                .andReturn();
        assertThat(status(get("/certificates/" + token), null, null)).isEqualTo(404);
        assertThat(status(get("/certificates/" + token), author, MemberRole.MEMBER))
                .isEqualTo(404);
        assertThat(status(get("/certificates/" + token), learner, MemberRole.MEMBER))
                .isEqualTo(200);

        // Someone else cannot change or revoke it.
        assertThat(status(post("/certificates/" + token + "/revoke").with(csrf()), author, MemberRole.MEMBER))
                .isEqualTo(404);
        assertThat(status(post("/certificates/" + token + "/revoke").with(csrf()), learner, MemberRole.MEMBER))
                .isEqualTo(302);
        assertThat(status(get("/certificates/" + token), learner, MemberRole.MEMBER))
                .isEqualTo(404);
        assertThat(status(get("/certificates/" + token), null, null)).isEqualTo(404);

        // Undo is possible; the track stays completed, and a new certificate has a new link.
        assertThat(status(post("/tracks/" + slug + "/steps/1/undo").with(csrf()), learner, MemberRole.MEMBER))
                .isEqualTo(302);
        assertThat(reading.track(slug, new Viewer(learner.id(), false))
                        .progress()
                        .done())
                .isEqualTo(2);
        assertThat(status(post("/tracks/" + slug + "/certificate").with(csrf()), learner, MemberRole.MEMBER))
                .isEqualTo(302);
        String fresh =
                reading.track(slug, new Viewer(learner.id(), false)).progress().certificateToken();
        assertThat(fresh).isNotNull().isNotEqualTo(token);
        assertThat(body(get("/tracks/mine"), learner, MemberRole.MEMBER)).contains("Failure reading");
    }

    @Test
    void aPrivateReflectionIsSeenByNobodyElseAndACircleReflectionOnlyByThatCircle() throws Exception {
        Person mate = fixtures.member(MemberRole.MEMBER);
        Person otherCircle = fixtures.member(MemberRole.MEMBER);
        long circle =
                circles.create(learner.id(), new CircleCommand("Reflection circle", "Failures.", 12, false, null));
        String link = invitations.createLink(circle, learner.id(), 7);
        invitations.join(link.substring(link.lastIndexOf('/') + 1), mate.id());
        long elsewhere = circles.create(otherCircle.id(), new CircleCommand("Elsewhere", "Other.", 12, false, null));

        mvc.perform(post("/tracks/" + slug + "/steps/2/reflection")
                        .param("text", "PRIVATE-THOUGHT-" + learner.id())
                        .param("share", "private")
                        .with(csrf())
                        .with(user(principal(learner, MemberRole.MEMBER))))
                .andReturn();
        String step = "/tracks/" + slug + "/steps/2";
        assertThat(body(get(step), learner, MemberRole.MEMBER)).contains("PRIVATE-THOUGHT-");
        for (Person other : new Person[] {null, mate, otherCircle, editor}) {
            assertThat(body(get(step), other, other == editor ? MemberRole.EDITOR : MemberRole.MEMBER))
                    .doesNotContain("PRIVATE-THOUGHT-");
        }

        // A member cannot share with a circle they are not in.
        assertThat(status(
                        post(step + "/reflection")
                                .param("text", "sneaky")
                                .param("share", "circle:" + elsewhere)
                                .with(csrf()),
                        learner,
                        MemberRole.MEMBER))
                .isEqualTo(400);

        mvc.perform(post(step + "/reflection")
                        .param("text", "CIRCLE-THOUGHT-" + learner.id())
                        .param("share", "circle:" + circle)
                        .with(csrf())
                        .with(user(principal(learner, MemberRole.MEMBER))))
                .andReturn();
        assertThat(body(get(step), mate, MemberRole.MEMBER)).contains("CIRCLE-THOUGHT-");
        assertThat(body(get(step), otherCircle, MemberRole.MEMBER)).doesNotContain("CIRCLE-THOUGHT-");
        assertThat(body(get(step), null, null)).doesNotContain("CIRCLE-THOUGHT-");
        assertThat(body(get(step), editor, MemberRole.EDITOR)).doesNotContain("CIRCLE-THOUGHT-");
    }

    @Test
    void aReflectionSharedWithAChathamHouseCircleIsShownWithoutItsWritersName() throws Exception {
        Person mate = fixtures.member(MemberRole.MEMBER);
        long circle = circles.create(
                learner.id(), new CircleCommand("Rule circle " + learner.id(), "Failures.", 12, true, null));
        String link = invitations.createLink(circle, learner.id(), 7);
        invitations.join(link.substring(link.lastIndexOf('/') + 1), mate.id());
        String step = "/tracks/" + slug + "/steps/2";
        mvc.perform(post(step + "/reflection")
                        .param("text", "RULE-THOUGHT-" + learner.id())
                        .param("share", "circle:" + circle)
                        .with(csrf())
                        .with(user(principal(learner, MemberRole.MEMBER))))
                .andReturn();

        String seen = body(get(step), mate, MemberRole.MEMBER);
        assertThat(seen).contains("RULE-THOUGHT-", "A circle member").doesNotContain(learner.name());
    }

    @Test
    void anAnonymousCaseInATrackNeverShowsItsAuthorOnThePageOrInTheApi() throws Exception {
        for (String path : new String[] {
            "/tracks/" + slug, "/tracks/" + slug + "/steps/1", "/api/v1/tracks/" + slug, "/api/v1/tracks", "/tracks"
        }) {
            for (Person viewer : new Person[] {null, learner, editor}) {
                String page = body(get(path), viewer, viewer == editor ? MemberRole.EDITOR : MemberRole.MEMBER);
                assertThat(page)
                        .as(path)
                        .doesNotContain(author.name())
                        .doesNotContain(author.email())
                        .doesNotContain("h" + author.id() + "\"")
                        .doesNotContain("Canary Corp");
            }
        }
        assertThat(body(get("/tracks/" + slug + "/steps/1"), null, null)).contains("We lost a hire by silence");
    }

    @Test
    void aWithdrawnCaseShowsAsNoLongerAvailableNeverAsAnError() throws Exception {
        authoring.withdraw(author.id(), caseId);
        assertThat(status(get("/tracks/" + slug), null, null)).isEqualTo(200);
        String step = body(get("/tracks/" + slug + "/steps/1"), learner, MemberRole.MEMBER);
        assertThat(step).contains("No longer available").doesNotContain("We lost a hire by silence");
        assertThat(body(get("/api/v1/tracks/" + slug), null, null)).contains("\"available\":false");
    }

    @Test
    void theApiReadsTracksAndChangesOnlyTheCallersProgress() throws Exception {
        assertThat(body(get("/api/v1/tracks").param("skill", "retrospectives"), null, null))
                .contains(slug);
        assertThat(status(get("/api/v1/tracks").param("skill", "<script>"), null, null))
                .isEqualTo(400);
        assertThat(status(get("/api/v1/tracks/" + slug + "/progress"), null, null))
                .isEqualTo(401);
        String after = body(
                post("/api/v1/tracks/" + slug + "/progress")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\":1,\"done\":true}")
                        .with(csrf()),
                learner,
                MemberRole.MEMBER);
        assertThat(after).contains("\"started\":true").contains("\"done\":1");
        assertThat(status(put("/api/v1/tracks/" + slug + "/vote").with(csrf()), learner, MemberRole.MEMBER))
                .isEqualTo(200);
        assertThat(body(get("/api/v1/tracks/" + slug), null, null)).contains("\"votes\":1");
    }
}
