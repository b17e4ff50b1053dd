package org.hros.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The community dashboard counts what happened in known weeks: the scene is played in February 2024 through the application's
 * own services on a moved clock (members, submissions, claims, returns, publications) and with rows written at chosen
 * times (requests, flags), so that no other test's data falls into these weeks.
 */
class CommunityDashboardTests extends IntegrationTestBase {

    /** The weeks of the scene: W0 starts Monday 12 February 2024, W2 (the week under way) Monday 26 February. */
    static final Instant W0 = Instant.parse("2024-02-12T00:00:00Z");

    static final Instant W1 = W0.plus(Duration.ofDays(7));
    static final Instant W2 = W0.plus(Duration.ofDays(14));

    @Autowired
    JdbcClient jdbc;

    MemberPrincipal admin;

    @BeforeEach
    void anAdmin() {
        Person a = fixtures.member(MemberRole.ADMIN);
        admin = new MemberPrincipal(a.id(), a.email(), "h" + a.id(), a.name(), MemberRole.ADMIN, true, "");
    }

    @Test
    void countsEachFigurePerWeekWithMediansAndQueueAgeAndDownloadsThemAsCsv() throws Exception {
        at(W0.plus(Duration.ofHours(34)));
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long case1 = fixtures.draft(author, "Dashboard one", Outcome.FAILURE, Topic.of("onboarding"));
        long case2 = fixtures.draft(author, "Dashboard two", Outcome.MIXED, Topic.of("onboarding"));
        long case3 = fixtures.draft(author, "Dashboard three", Outcome.SUCCESS, Topic.of("onboarding"));
        long case4 = fixtures.draft(author, "Dashboard four", Outcome.FAILURE, Topic.of("onboarding"));
        long case5 = fixtures.draft(author, "Dashboard five", Outcome.FAILURE, Topic.of("onboarding"));
        long case6 = fixtures.draft(author, "Dashboard six", Outcome.FAILURE, Topic.of("onboarding"));

        // W1: first actions after 2, 4 and 9 hours (median 4); one published, one returned, two still waiting.
        submit(author, case1, W1.plus(Duration.ofHours(9)));
        claim(editor, case1, W1.plus(Duration.ofHours(11)));
        at(W1.plus(Duration.ofHours(12)));
        fixtures.reviews().publish(case1, editor.id());
        submit(author, case2, W1.plus(Duration.ofHours(33)));
        claim(editor, case2, W1.plus(Duration.ofHours(37)));
        at(W1.plus(Duration.ofHours(38)));
        fixtures.reviews().returnToAuthor(case2, editor.id(), "Say more about what went wrong.");
        submit(author, case3, W1.plus(Duration.ofHours(57)));
        claim(editor, case3, W1.plus(Duration.ofHours(66)));
        submit(author, case4, W1.plus(Duration.ofHours(72)));
        // W2: first actions after 1 and 4 hours (median 2.5), both returned at once.
        submit(author, case5, W2.plus(Duration.ofHours(10)));
        submit(author, case6, W2.plus(Duration.ofHours(10)));
        claim(editor, case5, W2.plus(Duration.ofHours(11)));
        fixtures.reviews().returnToAuthor(case5, editor.id(), "One more detail, please.");
        claim(editor, case6, W2.plus(Duration.ofHours(14)));
        fixtures.reviews().returnToAuthor(case6, editor.id(), "One more detail, please.");

        long request1 = request(author, W0.plus(Duration.ofHours(60)));
        request(author, W2.plus(Duration.ofHours(8)));
        answered(request1, W2.plus(Duration.ofHours(30)));
        flag(author, W1.plus(Duration.ofHours(100)));

        at(W2.plus(Duration.ofHours(60)));
        try {
            String csv = csv("12");
            List<String> lines = Arrays.asList(csv.split("\r\n", -1));
            assertThat(lines).hasSize(14).last().isEqualTo("");
            assertThat(lines.get(0))
                    .isEqualTo("week starting,members joined,cases submitted,cases published,requests opened,"
                            + "requests answered,\"median hours, submission to first editor action\","
                            + "submissions waiting at the end of the week,\"oldest waiting at the end of the week, days\","
                            + "\"median waiting at the end of the week, days\",flags handled");
            assertThat(lines.get(1)).startsWith("2023-12-11,0,0,0,0,0,,0,,,0");
            assertThat(lines.get(10)).isEqualTo("2024-02-12,2,0,0,1,0,,0,,,0");
            // The queue at W1's end: case 3 had waited 111 hours, case 4 96 hours.
            assertThat(lines.get(11)).isEqualTo("2024-02-19,0,4,1,0,0,4.0,2,4.6,4.3,1");
            // Now (Wednesday noon of W2): case 3 has waited 171 hours, case 4 156 hours.
            assertThat(lines.get(12)).isEqualTo("2024-02-26,0,2,0,1,1,2.5,2,7.1,6.8,0");
            assertThat(csv("26").split("\r\n")).hasSize(27);
            assertThat(csv("52").split("\r\n")).hasSize(53);

            String page = page("/admin/dashboard?weeks=12");
            assertThat(page)
                    .contains(
                            "<svg class=\"chart\"",
                            "role=\"img\"",
                            "aria-labelledby=\"chart-joined-title chart-joined-desc\"")
                    .contains("<title id=\"chart-queue-title\">Review queue age</title>")
                    .contains("Submitted: 6 in all, at most 4 in a week.")
                    .contains("<time datetime=\"2024-02-19\">2024-02-19</time>")
                    .contains("<td>4.6</td>", "<td>4.3</td>", "<td>2.5</td>")
                    .contains("href=\"/admin/dashboard.csv?weeks=12\"")
                    .doesNotContain("Nothing to show yet")
                    // Counts only: nobody who wrote, reviewed or asked is named.
                    .doesNotContain(author.name(), editor.name(), "Dashboard one");
        } finally {
            // Nothing of the scene stays in the editors' real queue.
            at(W2.plus(Duration.ofDays(7)));
            fixtures.reviews().returnToAuthor(case3, editor.id(), "Done here.");
            fixtures.reviews().claim(case4, editor.id());
            fixtures.reviews().returnToAuthor(case4, editor.id(), "Done here.");
        }
    }

    @Test
    void aSiteWithNothingInTheWeeksShowsAnEmptyStateAndAllZeroCsv() throws Exception {
        at(Instant.parse("1990-06-13T12:00:00Z"));
        String page = page("/admin/dashboard");
        assertThat(page).contains("Nothing to show yet").doesNotContain("<svg class=\"chart\"");
        String csv = csv(null);
        assertThat(csv.split("\r\n")).hasSize(13);
        assertThat(csv).contains("1990-06-11,0,0,0,0,0,,0,,,0\r\n").endsWith("\r\n");
    }

    @Test
    void aSpanThatIsNotOfferedIsRefusedNamingTheField() throws Exception {
        for (String weeks : List.of("7", "abc", "-12", "520000000000")) {
            MockHttpServletResponse csv = mvc.perform(
                            get("/admin/dashboard.csv").param("weeks", weeks).with(user(admin)))
                    .andReturn()
                    .getResponse();
            assertThat(csv.getStatus()).as(weeks).isEqualTo(400);
            assertThat(csv.getContentAsString()).startsWith("weeks: Choose 12, 26 or 52 weeks.");
            MockHttpServletResponse page = mvc.perform(
                            get("/admin/dashboard").param("weeks", weeks).with(user(admin)))
                    .andReturn()
                    .getResponse();
            assertThat(page.getStatus()).as(weeks).isEqualTo(400);
            assertThat(page.getContentAsString())
                    .contains("id=\"weeks-error\"", "Choose 12, 26 or 52 weeks.", "aria-invalid=\"true\"");
        }
    }

    @Test
    void theAdminPageLinksTheDashboardFirst() throws Exception {
        String page = page("/admin");
        assertThat(page.indexOf("href=\"/admin/dashboard\""))
                .isPositive()
                .isLessThan(page.indexOf("href=\"/admin/members\""));
        assertThat(page).contains("href=\"/admin/operations\"");
    }

    private void at(Instant when) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), when));
    }

    private void submit(Person author, long caseId, Instant when) {
        at(when);
        fixtures.authoring().submit(author.id(), caseId);
    }

    private void claim(Person editor, long caseId, Instant when) {
        at(when);
        fixtures.reviews().claim(caseId, editor.id());
    }

    private long request(Person author, Instant when) {
        return jdbc.sql("""
                        insert into request (author_id, title, slug, description_markdown, description_html, status,
                            created_at, updated_at)
                        values (?, 'A dashboard request', 'a-dashboard-request', 'Help', '<p>Help</p>', 'OPEN', ?, ?)
                        returning id
                        """)
                .params(author.id(), Timestamp.from(when), Timestamp.from(when))
                .query(Long.class)
                .single();
    }

    private void answered(long requestId, Instant when) {
        jdbc.sql("update request set status = 'ANSWERED' where id = ?")
                .param(requestId)
                .update();
        jdbc.sql("insert into request_status_change (request_id, from_status, to_status, changed_at)"
                        + " values (?, 'OPEN', 'ANSWERED', ?)")
                .params(requestId, Timestamp.from(when))
                .update();
    }

    private void flag(Person who, Instant resolvedAt) {
        jdbc.sql("insert into flag (subject_type, subject_id, member_id, reason, created_at, resolved_at, outcome)"
                        + " values ('REPLY', ?, ?, 'SPAM', ?, ?, 'KEPT')")
                .params(
                        -who.id(),
                        who.id(),
                        Timestamp.from(resolvedAt.minus(Duration.ofHours(5))),
                        Timestamp.from(resolvedAt))
                .update();
        jdbc.sql("insert into flag (subject_type, subject_id, member_id, reason, created_at)"
                        + " values ('REPLY', ?, ?, 'SPAM', ?)")
                .params(-who.id() - 1_000_000, who.id(), Timestamp.from(resolvedAt))
                .update();
    }

    private String csv(String weeks) throws Exception {
        var request = get("/admin/dashboard.csv").with(user(admin));
        if (weeks != null) {
            request.param("weeks", weeks);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(user(admin))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
