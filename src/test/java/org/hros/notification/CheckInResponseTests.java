package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleService;
import org.hros.member.MemberRole;
import org.hros.practice.GoalVisibility;
import org.hros.practice.domain.GoalService;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Connect on progress": those who may see a goal cheer, mark useful and comment on its check-ins, and its owner
 * is told; everyone else gets the 404 of a goal that does not exist.
 */
class CheckInResponseTests extends NoticeTestBase {

    @Autowired
    CircleService circles;

    @Autowired
    CircleInvitations invitations;

    @Autowired
    GoalService goals;

    record Scene(Person owner, Person mate, Person outsider, long goalId, long checkInId, String base) {}

    Scene scene() {
        Person owner = fixtures.member(MemberRole.MEMBER);
        Person mate = fixtures.member(MemberRole.MEMBER);
        Person outsider = fixtures.member(MemberRole.MEMBER);
        long circleId = circles.create(
                owner.id(),
                new CircleCommand(
                        "Peers " + UUID.randomUUID().toString().substring(0, 6), "Practice.", 12, false, null));
        String link = invitations.createLink(circleId, owner.id(), 7);
        invitations.join(link.substring(link.lastIndexOf('/') + 1), mate.id());
        long goalId = goals.create(
                owner.id(),
                goals.command("Answer every applicant", null, GoalVisibility.MY_CIRCLES, List.of(), null, null));
        long checkInId = goals.checkIn(goalId, owner.id(), "Answered 40 of 42 this week.", null);
        return new Scene(owner, mate, outsider, goalId, checkInId, "/goals/" + goalId + "/check-ins/" + checkInId);
    }

    RequestPostProcessor as(Person person) {
        return user(principal(person, MemberRole.MEMBER));
    }

    List<StoredNotice> responses(Person member) {
        return notices(member.id()).stream()
                .filter(n -> n.category() == NoticeCategory.CHECK_IN_RESPONSES)
                .toList();
    }

    String page(Scene s, Person viewer) throws Exception {
        return mvc.perform(get("/goals/" + s.goalId()).with(as(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aCircleMateCheersAndCommentsAndTheOwnerIsToldOncePerCheer() throws Exception {
        Scene s = scene();
        for (int i = 0; i < 3; i++) {
            // Given, taken back, given again.
            mvc.perform(post(s.base() + "/reactions")
                            .param("kind", "CHEER")
                            .with(as(s.mate()))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(page(s, s.mate())).contains("aria-pressed=\"true\" data-reaction=\"cheer\"");
        mvc.perform(post(s.base() + "/reactions")
                        .param("kind", "USEFUL")
                        .with(as(s.mate()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(s.base() + "/comments")
                        .param("comment", "**Great** run <script>alert(1)</script> secret-comment")
                        .with(as(s.mate()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        List<StoredNotice> told = awaitNotices(s.owner().id(), 3);
        assertThat(told)
                .extracting(StoredNotice::text)
                .containsExactly(
                        s.mate().name() + " cheered your check-in on \"Answer every applicant\"",
                        s.mate().name() + " found your check-in on \"Answer every applicant\" useful",
                        s.mate().name() + " commented on your check-in on \"Answer every applicant\"");
        assertThat(told.get(0).link()).isEqualTo("/goals/" + s.goalId() + "#check-in-" + s.checkInId());
        assertThat(told.get(2).link()).startsWith("/goals/" + s.goalId() + "#comment-");
        assertThat(told).extracting(StoredNotice::text).noneMatch(t -> t.contains("secret-comment"));
        String ownerPage = page(s, s.owner());
        assertThat(ownerPage)
                .contains("<strong>Great</strong> run", "secret-comment")
                .doesNotContain("<script>alert(1)");
        // The owner comments back without telling themselves.
        mvc.perform(post(s.base() + "/comments")
                        .param("comment", "Thanks!")
                        .with(as(s.owner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        awaitHandled("\"checkInId\":" + s.checkInId());
        assertThat(responses(s.owner())).hasSize(3);
    }

    @Test
    void outsidersGetTheMissingGoalAndNobodyReactsToTheirOwnCheckIn() throws Exception {
        Scene s = scene();
        mvc.perform(post(s.base() + "/reactions")
                        .param("kind", "CHEER")
                        .with(as(s.outsider()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(s.base() + "/comments")
                        .param("comment", "Hi")
                        .with(as(s.outsider()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/goals/" + s.goalId() + "/check-ins/987654321/comments")
                        .param("comment", "Hi")
                        .with(as(s.mate()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(s.base() + "/reactions")
                        .param("kind", "CHEER")
                        .with(as(s.owner()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(s.base() + "/reactions")
                        .param("kind", "LOVE")
                        .with(as(s.mate()))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(s.base() + "/comments")
                        .param("comment", " ")
                        .with(as(s.mate()))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(s.base() + "/reactions").param("kind", "CHEER").with(as(s.mate())))
                .andExpect(status().isForbidden());
        assertThat(page(s, s.owner())).doesNotContain("aria-pressed=\"false\" data-reaction=\"cheer\"");
        awaitHandled("\"checkInId\":" + s.checkInId());
        assertThat(responses(s.owner())).isEmpty();
    }

    @Test
    void onlyItsWriterEditsOrDeletesACommentAfterConfirming() throws Exception {
        Scene s = scene();
        String location = mvc.perform(post(s.base() + "/comments")
                        .param("comment", "First try")
                        .with(as(s.mate()))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String commentId = location.substring(location.indexOf("#comment-") + "#comment-".length());
        String comment = s.base() + "/comments/" + commentId;

        mvc.perform(get(comment + "/edit").with(as(s.owner()))).andExpect(status().isForbidden());
        mvc.perform(post(comment)
                        .param("comment", "Hijacked")
                        .with(as(s.owner()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(comment + "/delete").with(as(s.owner())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(comment + "/edit").with(as(s.outsider()))).andExpect(status().isNotFound());

        mvc.perform(get(comment + "/edit").with(as(s.mate()))).andExpect(status().isOk());
        mvc.perform(post(comment)
                        .param("comment", "Second try")
                        .with(as(s.mate()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(s, s.owner())).contains("Second try").doesNotContain("First try");

        String ask = mvc.perform(get(comment + "/delete").with(as(s.mate())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ask).contains("Delete your comment?", "Second try");
        assertThat(page(s, s.owner())).contains("Second try");
        mvc.perform(post(comment + "/delete").with(as(s.mate())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(s, s.owner())).doesNotContain("Second try");
    }
}
