package org.hros.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditEntryView;
import org.hros.moderation.AuditLog;
import org.hros.shared.Quadrant;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The vocabulary as admins run it and readers meet it: the catalogue's order, retirement and redirects, the admin
 * pages with their validation and audit, merging (content, search and old addresses follow), and the API refusing
 * retired and unknown words for new content.
 */
class VocabularyTests extends IntegrationTestBase {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AuditLog audit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theSeededListsKeepTheOldWordsWithTheirLabelsAndAddTheNewTopics() throws Exception {
        List<String> topics = Vocabulary.slugs(Topic.active());
        assertThat(topics).startsWith("employer-brand", "sourcing");
        assertThat(topics)
                .contains(
                        "recruiting-operations",
                        "hr-technology",
                        "pay-transparency",
                        "workforce-planning",
                        "internal-mobility",
                        "early-careers",
                        "contingent-workforce");
        Person admin = person(MemberRole.ADMIN);
        assertThat(page(get("/admin/vocabulary/topic"), admin).getContentAsString())
                .contains("Diversity, equity and inclusion", "Pay transparency");
        assertThat(page(get("/admin/vocabulary/region"), admin).getContentAsString())
                .contains("Asia-Pacific");
    }

    @Test
    void anAdminAddsAWordAtTheEndOfTheListAndTheAuditSaysSo() throws Exception {
        Person admin = person(MemberRole.ADMIN);
        String slug = fresh("people-analytics");
        MockHttpServletResponse added = page(
                post("/admin/vocabulary/topic")
                        .param("slug", slug)
                        .param("label", "People analytics " + slug)
                        .param("description", "Measuring the workforce.")
                        .param("quadrant", "tools-data"),
                admin);
        assertThat(added.getStatus()).isEqualTo(302);
        List<String> active = Vocabulary.slugs(Topic.active());
        assertThat(active.get(active.size() - 1)).isEqualTo(slug);
        assertThat(entries(AuditAction.VOCABULARY_ADDED)).anyMatch(note -> note.contains(slug));
        assertThat(page(get("/topics/" + slug), null).getContentAsString())
                .contains("People analytics " + slug, "Measuring the workforce.");
    }

    @Test
    void aDuplicateBadOrEmptyWordIsRefusedNamingTheFieldAndKeepingWhatWasTyped() throws Exception {
        Person admin = person(MemberRole.ADMIN);
        MockHttpServletResponse duplicate = page(
                post("/admin/vocabulary/topic").param("slug", "sourcing").param("label", "Typed label kept"), admin);
        assertThat(duplicate.getStatus()).isEqualTo(400);
        assertThat(duplicate.getContentAsString())
                .contains("This list already has a word with this slug.", "value=\"Typed label kept\"");
        MockHttpServletResponse bad = page(
                post("/admin/vocabulary/skill").param("slug", "Not A Slug!").param("label", ""), admin);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString())
                .contains("Use lower-case letters and digits", "Enter a label.", "value=\"Not A Slug!\"");
        assertThat(Vocabulary.fromSlug(Topic.class, "not-a-slug")).isEmpty();
        assertThat(page(get("/admin/vocabulary/colour"), admin).getStatus()).isEqualTo(404);
    }

    @Test
    void aTopicOrSkillNeedsOneOfTheFourQuadrantsWhichTheListShowsAndTheAuditFollows() throws Exception {
        Person admin = person(MemberRole.ADMIN);
        String slug = fresh("skills-based-hiring");
        MockHttpServletResponse missing =
                page(post("/admin/vocabulary/skill").param("slug", slug).param("label", "Typed " + slug), admin);
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString())
                .contains("Choose the radar quadrant of this word.", "value=\"Typed " + slug + "\"");
        MockHttpServletResponse unknown = page(
                post("/admin/vocabulary/skill")
                        .param("slug", slug)
                        .param("label", "Typed " + slug)
                        .param("quadrant", "TOOLS_DATA"),
                admin);
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("Choose one of the four radar quadrants.");
        assertThat(Vocabulary.fromSlug(Skill.class, slug)).isEmpty();

        assertThat(page(
                                post("/admin/vocabulary/skill")
                                        .param("slug", slug)
                                        .param("label", "Skills-based hiring " + slug)
                                        .param("quadrant", "sourcing-hiring"),
                                admin)
                        .getStatus())
                .isEqualTo(302);
        assertThat(Skill.of(slug).quadrant()).contains(Quadrant.SOURCING_HIRING);
        org.jsoup.nodes.Element row = org.jsoup.Jsoup.parse(
                        page(get("/admin/vocabulary/skill"), admin).getContentAsString())
                .getElementById("term-" + slug);
        assertThat(row.text()).contains("Sourcing and hiring");
        assertThat(org.jsoup.Jsoup.parse(page(get("/admin/vocabulary/skill/" + slug), admin)
                                .getContentAsString())
                        .select("#quadrant option[selected]")
                        .attr("value"))
                .isEqualTo("sourcing-hiring");

        assertThat(page(
                                post("/admin/vocabulary/skill/" + slug)
                                        .param("slug", slug)
                                        .param("label", "Skills-based hiring " + slug)
                                        .param("description", "")
                                        .param("quadrant", "tools-data"),
                                admin)
                        .getStatus())
                .isEqualTo(302);
        assertThat(Skill.of(slug).quadrant()).contains(Quadrant.TOOLS_DATA);
        assertThat(entries(AuditAction.VOCABULARY_CHANGED))
                .anyMatch(note -> note.contains(slug + ": quadrant: sourcing-hiring → tools-data"));

        // Other lists have no quadrant: their forms do not ask for one.
        String region = fresh("nordics");
        assertThat(page(get("/admin/vocabulary/region"), admin).getContentAsString())
                .doesNotContain("id=\"quadrant\"");
        assertThat(page(
                                post("/admin/vocabulary/region")
                                        .param("slug", region)
                                        .param("label", "Nordics " + region),
                                admin)
                        .getStatus())
                .isEqualTo(302);
    }

    @Test
    void renamingASlugMovesItsCasesAndTheOldAddressesRedirect() throws Exception {
        Person admin = person(MemberRole.ADMIN);
        String old = add(admin, "talent-ops");
        String renamed = fresh("recruiting-ops");
        long caseId = fixtures.published(
                person(MemberRole.MEMBER),
                person(MemberRole.EDITOR),
                "Renamed topic case " + old,
                Outcome.FAILURE,
                Topic.of(old));
        MockHttpServletResponse saved = page(
                post("/admin/vocabulary/topic/" + old)
                        .param("slug", renamed)
                        .param("label", "Recruiting ops " + renamed)
                        .param("description", "")
                        .param("quadrant", "people-culture"),
                admin);
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(Vocabulary.fromSlug(Topic.class, old)).contains(Topic.of(renamed));
        MockHttpServletResponse moved = page(get("/topics/" + old), null);
        assertThat(moved.getStatus()).isEqualTo(301);
        assertThat(moved.getHeader("Location")).endsWith("/topics/" + renamed);
        MockHttpServletResponse filter = page(get("/cases").param("topic", old), null);
        assertThat(filter.getStatus()).isEqualTo(301);
        assertThat(filter.getHeader("Location")).endsWith("/cases?topic=" + renamed);
        assertThat(page(get("/topics/" + renamed), null).getContentAsString())
                .contains("Renamed topic case " + old, "Recruiting ops " + renamed);
        assertThat(entries(AuditAction.VOCABULARY_CHANGED))
                .anyMatch(note -> note.contains("slug: " + old + " → " + renamed));
        assertThat(caseId).isPositive();
    }

    @Test
    void orderChangesWithoutJavaScriptAndFormsFollowIt() throws Exception {
        Person admin = person(MemberRole.ADMIN);
        String first = add(admin, "first");
        String second = add(admin, "second");
        List<String> before = Vocabulary.slugs(Topic.active());
        assertThat(before.indexOf(second)).isEqualTo(before.indexOf(first) + 1);
        assertThat(page(post("/admin/vocabulary/topic/" + second + "/up"), admin)
                        .getStatus())
                .isEqualTo(302);
        List<String> after = Vocabulary.slugs(Topic.active());
        assertThat(after.indexOf(second)).isEqualTo(after.indexOf(first) - 1);
        String form = page(get("/requests/new"), person(MemberRole.MEMBER)).getContentAsString();
        assertThat(form.indexOf("value=\"" + second + "\"")).isLessThan(form.indexOf("value=\"" + first + "\""));
        assertThat(entries(AuditAction.VOCABULARY_MOVED)).anyMatch(note -> note.contains(second));
    }

    @Test
    void aRetiredWordLeavesFormsAndIsRefusedForNewContentButStaysOnOldCases() throws Exception {
        Person admin = person(MemberRole.ADMIN);
        String slug = add(admin, "retiring");
        long caseId = fixtures.published(
                person(MemberRole.MEMBER),
                person(MemberRole.EDITOR),
                "Retired topic case " + slug,
                Outcome.MIXED,
                Topic.of(slug));
        assertThat(page(post("/admin/vocabulary/topic/" + slug + "/retire"), admin)
                        .getStatus())
                .isEqualTo(302);
        assertThat(Vocabulary.slugs(Topic.active())).doesNotContain(slug);
        assertThat(Vocabulary.fromSlug(Topic.class, slug)).isPresent();
        assertThat(Vocabulary.forNewContent(Topic.class, slug)).isEmpty();
        Person author = person(MemberRole.MEMBER);
        assertThat(page(get("/requests/new"), author).getContentAsString()).doesNotContain("value=\"" + slug + "\"");
        assertThat(page(get("/topics/" + slug), null).getContentAsString()).contains("Retired topic case " + slug);
        String token = fixtures.token(author);
        for (String word : List.of(slug, "no-such-topic-at-all")) {
            MockHttpServletResponse refused = mvc.perform(post("/api/v1/cases")
                            .header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\":\"SPARK\",\"title\":\"With a retired topic\",\"topics\":[\"" + word
                                    + "\"]}"))
                    .andReturn()
                    .getResponse();
            assertThat(refused.getStatus()).as(word).isEqualTo(400);
            assertThat(refused.getContentAsString()).as(word).contains("\"field\":\"topics\"");
        }
        assertThat(entries(AuditAction.VOCABULARY_RETIRED)).anyMatch(note -> note.contains(slug));
        assertThat(page(post("/admin/vocabulary/topic/" + slug + "/restore"), admin)
                        .getStatus())
                .isEqualTo(302);
        assertThat(Vocabulary.slugs(Topic.active())).contains(slug);
        assertThat(caseId).isPositive();
    }

    @Test
    void mergingMovesCasesRequestsAndSearchAndTheOldSlugLeadsToTheNewWord() throws Exception {
        Person admin = person(MemberRole.ADMIN);
        Person reader = person(MemberRole.MEMBER);
        String from = add(admin, "hiring-ops");
        String into = add(admin, "talent-operations");
        String marker = "zorblewick" + SEQUENCE.incrementAndGet() + System.nanoTime() % 100000;
        long caseId = fixtures.published(
                person(MemberRole.MEMBER),
                person(MemberRole.EDITOR),
                "Merged topic case " + marker,
                Outcome.FAILURE,
                Topic.of(from));
        awaitSearch(reader, marker, from, true);

        MockHttpServletResponse chooser = page(get("/admin/vocabulary/topic/" + from + "/merge"), admin);
        assertThat(chooser.getStatus()).isEqualTo(200);
        MockHttpServletResponse confirm =
                page(get("/admin/vocabulary/topic/" + from + "/merge").param("into", into), admin);
        assertThat(confirm.getStatus()).isEqualTo(200);
        assertThat(confirm.getContentAsString()).contains("1 case");
        MockHttpServletResponse itself =
                page(post("/admin/vocabulary/topic/" + from + "/merge").param("into", from), admin);
        assertThat(itself.getStatus()).isEqualTo(400);
        assertThat(itself.getContentAsString()).contains("Choose another word than the one being merged.");

        MockHttpServletResponse merged =
                page(post("/admin/vocabulary/topic/" + from + "/merge").param("into", into), admin);
        assertThat(merged.getStatus()).isEqualTo(302);
        assertThat(Vocabulary.slugs(Topic.active())).doesNotContain(from);
        MockHttpServletResponse old = page(get("/topics/" + from), null);
        assertThat(old.getStatus()).isEqualTo(301);
        assertThat(old.getHeader("Location")).endsWith("/topics/" + into);
        assertThat(page(get("/topics/" + into), null).getContentAsString()).contains("Merged topic case " + marker);
        String casePage = page(get(page(get("/cases/" + caseId), null).getHeader("Location")), null)
                .getContentAsString();
        assertThat(casePage).contains("href=\"/topics/" + into + "\"", "Label of " + into);
        assertThat(casePage).doesNotContain("/topics/" + from + "\"");
        awaitSearch(reader, marker, into, true);
        // The document was built again: it carries the new word, and a search filtered on the old slug means it too.
        assertThat(jdbc.sql("select topics from case_document where id = ?")
                        .param(caseId)
                        .query(String.class)
                        .single())
                .contains(into)
                .doesNotContain(from);
        awaitSearch(reader, marker, from, true);
        assertThat(entries(AuditAction.VOCABULARY_MERGED)).anyMatch(note -> note.contains(from + " → " + into));
    }

    @Test
    void aNewLabelIsFoundBySearchOnTheCasesThatCarryTheWord() throws Exception {
        Person admin = person(MemberRole.ADMIN);
        Person reader = person(MemberRole.MEMBER);
        String slug = add(admin, "hiring-desk");
        String marker = "plimberton" + SEQUENCE.incrementAndGet() + System.nanoTime() % 100000;
        long caseId = fixtures.published(
                person(MemberRole.MEMBER),
                person(MemberRole.EDITOR),
                "Merged topic case " + marker,
                Outcome.FAILURE,
                Topic.of(slug));
        awaitSearch(reader, marker, slug, true);
        // A topic with a published case is in the sitemap, with the list of topics.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(mvc.perform(get("/sitemap.xml"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .contains("/topics/" + slug + "</loc>", "/topics</loc>"));
        String newWord = "quillframe" + SEQUENCE.incrementAndGet() + System.nanoTime() % 100000;

        assertThat(page(
                                post("/admin/vocabulary/topic/" + slug)
                                        .param("slug", slug)
                                        .param("label", "Desk " + newWord)
                                        .param("description", "")
                                        .param("quadrant", "people-culture"),
                                admin)
                        .getStatus())
                .isEqualTo(302);

        // The case's search document is built again with the new label, and search finds the case by it.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.sql("select tags from case_document where id = ?")
                        .param(caseId)
                        .query(String.class)
                        .optional()
                        .map(tags -> tags.contains(newWord))
                        .orElse(false));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> page(get("/search").param("q", newWord), reader)
                        .getContentAsString()
                        .contains("Merged topic case " + marker));
    }

    /** Searching as a member (past the page cache) for the marker, filtered on a topic. */
    private void awaitSearch(Person reader, String marker, String topic, boolean found) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    String body = page(get("/search").param("q", marker).param("topic", topic), reader)
                            .getContentAsString();
                    return body.contains("Merged topic case " + marker) == found;
                });
    }

    private String add(Person admin, String stem) throws Exception {
        String slug = fresh(stem);
        MockHttpServletResponse added = page(
                post("/admin/vocabulary/topic")
                        .param("slug", slug)
                        .param("label", "Label of " + slug)
                        .param("quadrant", "people-culture"),
                admin);
        assertThat(added.getStatus()).isEqualTo(302);
        return slug;
    }

    private static String fresh(String stem) {
        return stem + "-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
    }

    private List<String> entries(AuditAction action) {
        return audit.entries(1, 200).items().stream()
                .filter(e -> e.action() == action)
                .map(AuditEntryView::note)
                .toList();
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, Person who) throws Exception {
        request.accept(MediaType.TEXT_HTML);
        if (!"GET"
                .equals(request.buildRequest(new org.springframework.mock.web.MockServletContext())
                        .getMethod())) {
            request.with(csrf());
        }
        if (who != null) {
            request.with(user(new MemberPrincipal(
                    who.id(), who.email(), "h" + who.id(), who.name(), roles.get(who.id()), true, "")));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private Person person(MemberRole role) {
        Person p = fixtures.member(role);
        roles.put(p.id(), role);
        return p;
    }

    private final java.util.Map<Long, MemberRole> roles = new java.util.HashMap<>();
}
