package org.hros.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.casestudy.Outcome;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleService;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.practice.domain.GoalService;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class GoalTests extends IntegrationTestBase {

    @Autowired
    GoalService goals;

    @Autowired
    CircleService circles;

    @Autowired
    CircleInvitations invitations;

    @Autowired
    MemberDirectory directory;

    static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.MEMBER, true, "");
    }

    long goal(Person owner, String title, GoalVisibility visibility) {
        return goals.create(owner.id(), goals.command(title, null, visibility, List.of(), null, null));
    }

    int statusOf(MockHttpServletRequestBuilder request, Person viewer) throws Exception {
        if (viewer != null) {
            request = request.with(user(principal(viewer)));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    String body(MockHttpServletRequestBuilder request, Person viewer) throws Exception {
        if (viewer != null) {
            request = request.with(user(principal(viewer)));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachGoalIsSeenOnlyByThoseItsOwnerChose() throws Exception {
        Person owner = fixtures.member(MemberRole.MEMBER);
        Person mate = fixtures.member(MemberRole.MEMBER);
        Person stranger = fixtures.member(MemberRole.MEMBER);
        long circle = circles.create(owner.id(), new CircleCommand("Goal circle", "Progress.", 12, false, null));
        String link = invitations.createLink(circle, owner.id(), 7);
        invitations.join(link.substring(link.lastIndexOf('/') + 1), mate.id());
        long mine = goal(owner, "Private goal only for me", GoalVisibility.ONLY_ME);
        long circles = goal(owner, "Goal for my circles", GoalVisibility.MY_CIRCLES);
        long everyone = goal(owner, "Goal for everyone", GoalVisibility.EVERYONE);

        for (Person viewer : new Person[] {null, stranger, mate, owner}) {
            boolean isOwner = viewer == owner;
            boolean isMate = isOwner || viewer == mate;
            assertThat(statusOf(get("/goals/" + mine), viewer)).isEqualTo(isOwner ? 200 : 404);
            assertThat(statusOf(get("/goals/" + circles), viewer)).isEqualTo(isMate ? 200 : 404);
            assertThat(statusOf(get("/goals/" + everyone), viewer)).isEqualTo(200);
            assertThat(statusOf(get("/api/v1/goals/" + mine).accept(MediaType.APPLICATION_JSON), viewer))
                    .isEqualTo(isOwner ? 200 : 404);
            String handle = directory.find(owner.id()).orElseThrow().handle();
            String progress = body(get("/members/" + handle + "/progress"), viewer);
            assertThat(progress).contains("Goal for everyone");
            assertThat(progress.contains("Goal for my circles")).isEqualTo(isMate);
            assertThat(progress.contains("Private goal only for me")).isEqualTo(isOwner);
            String api = body(get("/api/v1/members/" + handle + "/goals").accept(MediaType.APPLICATION_JSON), viewer);
            assertThat(api.contains("Goal for my circles")).isEqualTo(isMate);
            assertThat(api.contains("Private goal only for me")).isEqualTo(isOwner);
        }
        // The circle page shows the goals shared with circles, never the private one.
        String circlePage = body(get("/circles/" + circle), mate);
        assertThat(circlePage)
                .contains("Goal for my circles", "Goal for everyone")
                .doesNotContain("Private goal");
        // Others may read a shared goal but not change it.
        assertThat(statusOf(
                        post("/goals/" + everyone + "/check-ins").with(csrf()).param("note", "x"), mate))
                .isEqualTo(403);
        assertThat(statusOf(post("/goals/" + circles + "/delete").with(csrf()), stranger))
                .isEqualTo(404);
    }

    @Test
    void threeCheckInsDrawAChartWithItsTargetAndATable() throws Exception {
        Person owner = fixtures.member(MemberRole.MEMBER);
        long goal = goals.create(
                owner.id(),
                goals.command(
                        "Reply to every applicant within 48 hours",
                        null,
                        GoalVisibility.EVERYONE,
                        List.of(),
                        "hours to first reply",
                        new BigDecimal("48")));
        for (String[] checkIn : new String[][] {{"First week", "96"}, {"Templates ready", "70"}, {"Nearly", "50.5"}}) {
            mvc.perform(post("/goals/" + goal + "/check-ins")
                            .with(user(principal(owner)))
                            .with(csrf())
                            .param("note", checkIn[0])
                            .param("value", checkIn[1]))
                    .andExpect(status().is3xxRedirection());
            clock.advance(Duration.ofDays(7));
        }
        String html = body(get("/goals/" + goal), null);
        Matcher svg = Pattern.compile("(?s)<svg class=\"goal-chart\".*?</svg>").matcher(html);
        assertThat(svg.find()).isTrue();
        String chart = svg.group();
        assertThat(chart)
                .contains("role=\"img\"", "<title id=\"goal-chart-" + goal + "-title\">", "<desc")
                .contains("3 check-ins measured in hours to first reply", "the latest value is 50.5")
                .contains("The target is 48 hours to first reply");
        Matcher points = Pattern.compile("<polyline[^>]*points=\"([^\"]+)\"").matcher(chart);
        assertThat(points.find()).isTrue();
        String[] xy = points.group(1).trim().split(" ");
        assertThat(xy).hasSize(3);
        // Time runs left to right; values fall towards the target, so y grows (SVG y points down).
        double[] x = new double[3];
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) {
            x[i] = Double.parseDouble(xy[i].split(",")[0]);
            y[i] = Double.parseDouble(xy[i].split(",")[1]);
        }
        assertThat(x[0]).isLessThan(x[1]);
        assertThat(x[1]).isLessThan(x[2]);
        assertThat(y[0]).isLessThan(y[1]);
        assertThat(y[1]).isLessThan(y[2]);
        assertThat(Pattern.compile("<circle class=\"goal-chart__point\"")
                        .matcher(chart)
                        .results()
                        .count())
                .isEqualTo(3);
        assertThat(chart).contains("class=\"goal-chart__target\"").doesNotContain("<script", "style=");
        assertThat(html).contains("<td>96</td>", "<td>70</td>", "<td>50.5</td>");
    }

    @Test
    void goalsLinkPublishedCasesAndRefuseWhatIsNot() throws Exception {
        Person owner = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = fixtures.published(
                owner, editor, "Slow replies lost us finalists", Outcome.FAILURE, Topic.of("employer-brand"));
        String created = mvc.perform(post("/goals")
                        .with(user(principal(owner)))
                        .with(csrf())
                        .param("title", "Answer within two days")
                        .param("visibility", "EVERYONE")
                        .param("links", "https://hros.example/cases/" + caseId + "/slow-replies\n"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(body(get(created), null)).contains("Slow replies lost us finalists", "/cases/" + caseId);

        String refused = mvc.perform(post("/goals")
                        .with(user(principal(owner)))
                        .with(csrf())
                        .param("title", "Another goal")
                        .param("visibility", "EVERYONE")
                        .param("links", "/cases/99999999"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("must be the address of a published case or request");
        mvc.perform(post("/goals")
                        .with(user(principal(owner)))
                        .with(csrf())
                        .param("title", "Measured goal")
                        .param("visibility", "EVERYONE")
                        .param("metricUnit", "hours")
                        .param("metricTarget", "lots"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/goals")
                        .with(user(principal(owner)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"visibility\":\"EVERYONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentType()).contains("problem+json"));
    }
}
