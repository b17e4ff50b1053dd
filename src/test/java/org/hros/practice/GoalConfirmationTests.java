package org.hros.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Deleting a goal or a check-in: a confirmation page first (GET), the deletion on POST; never for others. */
class GoalConfirmationTests extends IntegrationTestBase {

    @Autowired
    UserDetailsService accounts;

    @Test
    void deletingAGoalAndACheckInIsConfirmedFirst() throws Exception {
        Person owner = fixtures.member(MemberRole.MEMBER);
        String goal = mvc.perform(post("/goals")
                        .with(user(details(owner)))
                        .with(csrf())
                        .param("title", "Reply within 48 hours")
                        .param("visibility", "EVERYONE"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(goal + "/check-ins")
                .with(user(details(owner)))
                .with(csrf())
                .param("note", "Templates are live"));
        String show = page(owner, goal);
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("check-ins/(\\d+)/delete").matcher(show);
        assertThat(m.find()).isTrue();
        String checkIn = goal + "/check-ins/" + m.group(1) + "/delete";
        assertThat(show).contains("data-confirm-dialog=\"confirm-delete-goal\"").contains("<dialog");

        String confirmCheckIn = page(owner, checkIn);
        assertThat(confirmCheckIn)
                .contains("Delete this check-in?")
                .contains("Templates are live")
                .contains("action=\"" + checkIn + "\"");
        assertThat(page(owner, goal)).contains("Templates are live");

        // Someone else cannot even see the question.
        Person other = fixtures.member(MemberRole.MEMBER);
        assertThat(mvc.perform(get(goal + "/delete").with(user(details(other))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        mvc.perform(post(checkIn).with(user(details(owner))).with(csrf()));
        assertThat(page(owner, goal)).doesNotContain("Templates are live");

        String confirmGoal = page(owner, goal + "/delete");
        assertThat(confirmGoal)
                .contains("Delete this goal?")
                .contains("Reply within 48 hours")
                .contains("action=\"" + goal + "/delete\"");
        assertThat(mvc.perform(get(goal).with(user(details(owner))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        mvc.perform(post(goal + "/delete").with(user(details(owner))).with(csrf()));
        assertThat(mvc.perform(get(goal).with(user(details(owner))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String page(Person member, String path) throws Exception {
        var response =
                mvc.perform(get(path).with(user(details(member)))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private UserDetails details(Person member) {
        return accounts.loadUserByUsername(member.email());
    }
}
