package org.hros.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.radar.domain.RadarRefresh;
import org.hros.radar.domain.TrendJob;
import org.hros.search.TopicsSearched;
import org.hros.shared.Quadrant;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The radar and the trends as readers, members and editors meet them. */
class RadarTests extends IntegrationTestBase {

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    @Autowired
    RadarRefresh refresh;

    @Autowired
    TrendJob trends;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    private static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    private long publish(Person author, Person editor, String title, Outcome outcome, AttributionMode mode) {
        long id = authoring.createDraft(
                author.id(), TestFixtures.completeCase(title, outcome, Topic.of("recruiting-analytics"), mode));
        authoring.submit(author.id(), id);
        reviews.claim(id, editor.id());
        reviews.publish(id, editor.id());
        return id;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void addPractice(Person editor, String name, String keyword) throws Exception {
        mvc.perform(post("/review/radar/practices")
                        .with(user(principal(editor, MemberRole.EDITOR)))
                        .with(csrf())
                        .param("name", name)
                        .param("description", "A practice the community tries.")
                        .param("quadrant", "TOOLS_DATA")
                        .param("keywords", keyword))
                .andExpect(status().is3xxRedirection());
    }

    /** The quadrant of the radar table whose caption is this quadrant's label, as text. */
    private static String quadrantTable(String radar, String caption) {
        return Jsoup.parse(radar).select("table.radar-table").stream()
                .filter(t -> t.selectFirst("caption").text().equals(caption))
                .map(org.jsoup.nodes.Element::text)
                .findFirst()
                .orElse("");
    }

    @Test
    void aTopicAnAdminPlacesInToolsAndDataAppearsInThatQuadrantAndMovesWhenTheAdminMovesIt() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        String key = UUID.randomUUID().toString().substring(0, 8);
        String slug = "people-analytics-" + key;
        String label = "People analytics " + key;
        mvc.perform(post("/admin/vocabulary/topic")
                        .with(user(principal(admin, MemberRole.ADMIN)))
                        .with(csrf())
                        .param("slug", slug)
                        .param("label", label)
                        .param("quadrant", "tools-data"))
                .andExpect(status().is3xxRedirection());
        assertThat(Topic.of(slug).quadrant()).contains(Quadrant.TOOLS_DATA);
        for (Outcome outcome : new Outcome[] {Outcome.FAILURE, Outcome.FAILURE, Outcome.MIXED}) {
            fixtures.published(author, editor, "Analytics " + key + " " + outcome, outcome, Topic.of(slug));
        }
        refresh.refresh();

        String radar = page("/radar");
        assertThat(quadrantTable(radar, "Tools and data")).contains(label);
        assertThat(quadrantTable(radar, "People and culture")).doesNotContain(label);

        mvc.perform(post("/admin/vocabulary/topic/" + slug)
                        .with(user(principal(admin, MemberRole.ADMIN)))
                        .with(csrf())
                        .param("slug", slug)
                        .param("label", label)
                        .param("description", "")
                        .param("quadrant", "sourcing-hiring"))
                .andExpect(status().is3xxRedirection());
        refresh.refresh();
        radar = page("/radar");
        assertThat(quadrantTable(radar, "Sourcing and hiring")).contains(label);
        assertThat(quadrantTable(radar, "Tools and data")).doesNotContain(label);
    }

    @Test
    void theWordsHrosStartedWithKeepTheirQuadrantsAndEveryTopicAndSkillHasOne() {
        assertThat(Topic.of("workforce-planning").quadrant()).contains(Quadrant.TOOLS_DATA);
        assertThat(Topic.of("early-careers").quadrant()).contains(Quadrant.SOURCING_HIRING);
        assertThat(Topic.of("careers-site").quadrant()).contains(Quadrant.EMPLOYER_BRAND);
        assertThat(Topic.of("pay-transparency").quadrant()).contains(Quadrant.PEOPLE_CULTURE);
        assertThat(Skill.of("events").quadrant()).contains(Quadrant.SOURCING_HIRING);
        assertThat(Skill.of("vendor-evaluation").quadrant()).contains(Quadrant.TOOLS_DATA);
        assertThat(Topic.active()).allSatisfy(t -> assertThat(t.quadrant()).isPresent());
        assertThat(Skill.active()).allSatisfy(s -> assertThat(s.quadrant()).isPresent());
        // The radar's own table of words and places is gone: the vocabulary is the only place a word's quadrant lives.
        assertThat(Arrays.stream(Quadrant.class.getDeclaredFields())
                        .filter(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !f.isEnumConstant())
                        .map(Field::getType))
                .doesNotContain(Map.class);
        assertThat(getClass().getClassLoader().getResource("org/hros/radar/domain/Quadrant.class"))
                .isNull();
    }

    @Test
    void practiceWithMostlyFailedCasesIsOnHoldAndItsEvidenceNeverNamesAnAnonymousAuthor() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person hidden = fixtures.member(MemberRole.MEMBER);
        String key = UUID.randomUUID().toString().substring(0, 8);
        String keyword = "zq" + key;
        String name = "Practice " + key;
        addPractice(editor, name, keyword);
        String title = "Our " + keyword + " pilot failed";
        publish(hidden, editor, title, Outcome.FAILURE, AttributionMode.ANONYMOUS);
        publish(hidden, editor, "Another " + keyword + " attempt", Outcome.FAILURE, AttributionMode.ANONYMOUS);
        publish(hidden, editor, "A " + keyword + " that worked", Outcome.SUCCESS, AttributionMode.ANONYMOUS);
        refresh.refresh();

        String slug = "practice-" + key;
        String radar = page("/radar");
        assertThat(radar)
                .contains(name)
                .contains("/radar/blips/practice/" + slug)
                .contains("role=\"group\"");
        String evidence = page("/radar/blips/practice/" + slug);
        assertThat(evidence).contains("Hold").contains(title);
        for (String shown : new String[] {radar, evidence}) {
            assertThat(shown).doesNotContain(hidden.name()).doesNotContain(hidden.email());
        }
    }

    @Test
    void editorsOverrideShowsItsRationaleBesideTheBlip() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        String key = UUID.randomUUID().toString().substring(0, 8);
        addPractice(editor, "Override " + key, "zo" + key);
        String path = "/review/radar/blips/practice/override-" + key;

        mvc.perform(post(path)
                        .with(user(principal(editor, MemberRole.EDITOR)))
                        .with(csrf())
                        .param("ring", "ADOPT")
                        .param("rationale", "short"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path)
                        .with(user(principal(editor, MemberRole.EDITOR)))
                        .with(csrf())
                        .param("ring", "ADOPT")
                        .param("rationale", "Rationale " + key + ": three member companies report it works."))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/radar")).contains("Rationale " + key);
        assertThat(page("/radar/blips/practice/override-" + key))
                .contains("Rationale " + key)
                .contains("Adopt");
    }

    @Test
    void anyoneReadsButOnlyEditorsCurateOverrideAndPublish() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        page("/radar");
        page("/trends");
        mvc.perform(get("/radar.atom")).andExpect(status().isOk());
        mvc.perform(get("/radar/editions/1999-q1")).andExpect(status().isNotFound());
        mvc.perform(get("/radar/blips/practice/no-such-thing")).andExpect(status().isNotFound());
        mvc.perform(get("/review/radar")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/review/radar").with(user(principal(member, MemberRole.MEMBER))))
                .andExpect(status().isForbidden());
        for (String path :
                new String[] {"/review/radar/practices", "/review/radar/editions", "/review/radar/blips/topic/sourcing"
                }) {
            mvc.perform(post(path)
                            .with(user(principal(member, MemberRole.MEMBER)))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path).with(user(principal(editor, MemberRole.EDITOR))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/review/radar/practices")
                        .with(user(principal(editor, MemberRole.EDITOR)))
                        .with(csrf())
                        .param("name", "")
                        .param("description", "")
                        .param("quadrant", "NOWHERE"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/review/radar").with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(status().isOk());
    }

    @Test
    void publishedEditionStaysReadableAndIsInTheFeed() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        jdbc.sql("delete from radar_edition").update();
        refresh.refresh();
        mvc.perform(post("/review/radar/editions")
                        .with(user(principal(editor, MemberRole.EDITOR)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String key = jdbc.sql("select edition_key from radar_edition")
                .query(String.class)
                .single();
        assertThat(page("/radar/editions/" + key)).contains(key.replace("-q", " Q"));
        assertThat(page("/radar.atom")).contains("/radar/editions/" + key);
        assertThat(page("/radar")).contains(key.replace("-q", " Q"));
    }

    @Test
    void searchCountsBelowTheMinimumAreHiddenAndShownFromIt() throws Exception {
        jdbc.sql("delete from trend_search_count").update();
        for (int i = 0; i < 4; i++) {
            events.publishEvent(new TopicsSearched(java.util.Set.of(), java.util.Set.of(Skill.of("budgeting"))));
        }
        trends.compute();
        assertThat(searches()).isNull();

        events.publishEvent(new TopicsSearched(java.util.Set.of(), java.util.Set.of(Skill.of("budgeting"))));
        trends.compute();
        assertThat(searches()).isEqualTo(5);
        assertThat(page("/trends")).contains("Budgeting");
    }

    private Integer searches() {
        return jdbc.sql("select searches from trend_window where kind = 'skill' and slug = 'budgeting' and weeks = 4")
                .query((rs, i) -> java.util.Optional.ofNullable((Integer) rs.getObject(1)))
                .single()
                .orElse(null);
    }
}
