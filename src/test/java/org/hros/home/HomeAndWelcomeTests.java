package org.hros.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberInterests;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class HomeAndWelcomeTests extends IntegrationTestBase {

    @Autowired
    MemberInterests interests;

    @Autowired
    CommunityAgenda agenda;

    @Autowired
    JdbcClient jdbc;

    private static String key() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestPostProcessor as(Person person) {
        return user(new MemberPrincipal(person.id(), person.email(), "x", person.name(), MemberRole.MEMBER, true, ""));
    }

    private String page(String path, Person viewer) throws Exception {
        var request = get(path);
        if (viewer != null) {
            request = request.with(as(viewer));
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The HTML of the home page's section with this id, or {@code null} when the page has none. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        return start < 0 ? null : page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void theWelcomeSavesTopicsFollowsChosenRequestsAndEndsWhenSkipped() throws Exception {
        Person asker = fixtures.member(MemberRole.MEMBER);
        Person newcomer = fixtures.newcomer(MemberRole.MEMBER);
        String title = "Where do you find Rust engineers who are not job hunting " + key();
        long wanted = agenda.post(
                asker.id(),
                new RequestCommand(
                        title,
                        "Our pipeline is empty and the usual boards bring nobody.",
                        List.of(Topic.of("sourcing")),
                        null,
                        null,
                        null));
        long elsewhere = agenda.post(
                asker.id(),
                new RequestCommand(
                        "An onboarding question " + key(),
                        "A question on another topic than the newcomer chose.",
                        List.of(Topic.of("onboarding")),
                        null,
                        null,
                        null));

        mvc.perform(post("/welcome/interests")
                        .with(as(newcomer))
                        .with(csrf())
                        .param("topics", "sourcing")
                        .param("skills", "writing"))
                .andExpect(redirectedUrl("/welcome?step=requests"));
        assertThat(interests.interests(newcomer.id()).topics()).containsExactly(Topic.of("sourcing"));
        assertThat(interests.interests(newcomer.id()).skills()).containsExactly(Skill.of("writing"));

        String requests = page("/welcome?step=requests", newcomer);
        assertThat(requests).contains(title, "value=\"" + wanted + "\"").doesNotContain("value=\"" + elsewhere + "\"");

        // Only requests the step offered are followed; an id sent along that it did not offer is ignored.
        mvc.perform(post("/welcome/follow")
                        .with(as(newcomer))
                        .with(csrf())
                        .param("requests", String.valueOf(wanted), String.valueOf(elsewhere)))
                .andExpect(redirectedUrl("/welcome?step=circles"));
        assertThat(jdbc.sql("select request_id from request_follow where member_id = ?")
                        .param(newcomer.id())
                        .query(Long.class)
                        .list())
                .containsExactly(wanted);
        assertThat(page("/welcome?step=circles", newcomer)).contains("href=\"/circles\"");

        assertThat(interests.welcomed(newcomer.id())).isFalse();
        mvc.perform(post("/welcome/done").with(as(newcomer)).with(csrf())).andExpect(redirectedUrl("/"));
        assertThat(interests.welcomed(newcomer.id())).isTrue();
        // Still reachable from the settings afterwards.
        assertThat(page("/profile", newcomer)).contains("href=\"/welcome\"");
        assertThat(page("/welcome", newcomer)).contains("What are you working on?");
    }

    @Test
    void badWelcomeInputGetsTheFieldsMessageAndChangesNothing() throws Exception {
        Person newcomer = fixtures.newcomer(MemberRole.MEMBER);
        interests.chooseInterests(newcomer.id(), Set.of(Topic.of("dei")), Set.of());
        String page = mvc.perform(post("/welcome/interests")
                        .with(as(newcomer))
                        .with(csrf())
                        .param("topics", "not-a-topic"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("That value is not one of the choices.");
        assertThat(interests.interests(newcomer.id()).topics()).containsExactly(Topic.of("dei"));

        var refused = mvc.perform(
                        post("/welcome/follow").with(as(newcomer)).with(csrf()).param("requests", "not-a-number"))
                .andExpect(redirectedUrl("/welcome?step=requests"))
                .andReturn();
        assertThat(mvc.perform(get("/welcome?step=requests").with(as(newcomer)).flashAttrs(refused.getFlashMap()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Choose at most 50 requests, from the list.");
        mvc.perform(post("/welcome/follow").with(as(newcomer)).with(csrf()).param("requests", ""))
                .andExpect(redirectedUrl("/welcome?step=circles"));
        mvc.perform(post("/welcome/done").with(as(newcomer))).andExpect(status().isForbidden());
        assertThat(interests.welcomed(newcomer.id())).isFalse();
    }

    @Test
    void theHomeShowsCasesAndRequestsOnTheMembersTopicsFirst() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person reader = fixtures.member(MemberRole.MEMBER);
        String mine = "Interview scorecards nobody filled in " + key();
        String other = "A careers site relaunch " + key();
        fixtures.published(author, editor, mine, Outcome.FAILURE, Topic.of("interviewing"));
        fixtures.published(author, editor, other, Outcome.SUCCESS, Topic.of("careers-site"));
        String asked = "How do you calibrate interviewers " + key();
        agenda.post(
                author.id(),
                new RequestCommand(
                        asked,
                        "We would like to hear how others went about this.",
                        List.of(Topic.of("interviewing")),
                        null,
                        null,
                        null));

        // Without topics: the usual home, with an invitation to choose some.
        String before = page("/", reader);
        assertThat(section(before, "for-you")).isNull();
        assertThat(before).contains("Choose the topics you care about");

        interests.chooseInterests(reader.id(), Set.of(Topic.of("interviewing")), Set.of());
        String home = page("/", reader);
        String forYou = section(home, "for-you");
        assertThat(forYou).contains(mine, asked).doesNotContain(other);
        assertThat(home.indexOf("id=\"for-you\"")).isLessThan(home.indexOf("id=\"shelf-failures\""));
        assertThat(home).doesNotContain("Choose the topics you care about");

        // Visitors see the home as ever.
        String visitor = page("/", null);
        assertThat(section(visitor, "for-you")).isNull();
        assertThat(visitor).doesNotContain("Choose the topics you care about");
    }

    @Test
    void theSkillsAMemberChoseShapeTheirHomeToo() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person reader = fixtures.member(MemberRole.MEMBER);
        String onSkill = "Video job ads shot on a phone " + key();
        CaseCommand base =
                TestFixtures.completeCase(onSkill, Outcome.MIXED, Topic.of("talent-marketing"), AttributionMode.NAMED);
        CaseCommand command = new CaseCommand(
                base.type(),
                base.title(),
                base.outcome(),
                base.topics(),
                List.of(Skill.of("video-production")),
                base.context(),
                base.licence(),
                base.vendorDisclosure(),
                base.attribution(),
                base.roleDescriptor(),
                base.sections(),
                base.version(),
                base.approverEmail(),
                base.embargoUntil());
        long id = fixtures.authoring().createDraft(author.id(), command);
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());

        // A skill alone is an interest: the home no longer asks for topics and lists the case on that skill.
        interests.chooseInterests(reader.id(), Set.of(), Set.of(Skill.of("video-production")));
        String home = page("/", reader);
        assertThat(section(home, "for-you")).contains(onSkill);
        assertThat(home).doesNotContain("Choose the topics you care about");
    }

    @Test
    void theHomeMarksWhatIsNewSinceThePreviousVisit() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person reader = fixtures.member(MemberRole.MEMBER);
        String old = "Before the first visit " + key();
        fixtures.published(author, editor, old, Outcome.MIXED, Topic.of("dei"));

        // A first visit has nothing to compare with.
        assertThat(section(page("/", reader), "new-since")).isNull();

        clock.advance(Duration.ofMinutes(5));
        String fresh = "After the first visit " + key();
        fixtures.published(author, editor, fresh, Outcome.FAILURE, Topic.of("dei"));
        String asked = "A request after the first visit " + key();
        agenda.post(
                author.id(),
                new RequestCommand(
                        asked,
                        "We would like to hear how others went about this.",
                        List.of(Topic.of("dei")),
                        null,
                        null,
                        null));

        // Within the hour it is the same visit, still without a previous one.
        assertThat(section(page("/", reader), "new-since")).isNull();

        clock.advance(Duration.ofHours(2));
        String second = section(page("/", reader), "new-since");
        assertThat(second).contains(fresh, asked).doesNotContain(old);
        // Looking around during the visit keeps the same marker.
        clock.advance(Duration.ofMinutes(30));
        assertThat(section(page("/", reader), "new-since")).contains(fresh, asked);

        // The next visit compares with the one before it: nothing is new any more.
        clock.advance(Duration.ofHours(2));
        String third = section(page("/", reader), "new-since");
        assertThat(third == null ? "" : third).doesNotContain(fresh, asked);
    }
}
