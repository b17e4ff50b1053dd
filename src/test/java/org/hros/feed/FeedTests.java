package org.hros.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberIdentity;
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
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feeds as a feed reader, never logged in, sees them. */
class FeedTests extends IntegrationTestBase {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String ROLE = "Talent lead · retail · 201–500 staff";

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    @Autowired
    MemberDirectory members;

    @Autowired
    CommunityAgenda agenda;

    @Test
    void feedCreditsEachAuthorExactlyAsReadersSeeThemAndNeverNamesAnUnnamedOne() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person named = fixtures.member(MemberRole.MEMBER);
        Person roleOnly = fixtures.member(MemberRole.MEMBER);
        Person anonymous = fixtures.member(MemberRole.MEMBER);
        String key = unique();
        long namedCase = publish(named, editor, "Named feed case " + key, Outcome.SUCCESS, AttributionMode.NAMED);
        long roleCase = publish(roleOnly, editor, "Role feed case " + key, Outcome.MIXED, AttributionMode.ROLE_ONLY);
        long anonCase = publish(anonymous, editor, "Anon feed case " + key, Outcome.FAILURE, AttributionMode.ANONYMOUS);

        String xml = atom("/cases.atom");
        SyndFeed feed = parse(xml);

        SyndEntry n = entry(feed, "Named feed case " + key).orElseThrow();
        assertThat(n.getAuthors()).singleElement().satisfies(a -> {
            assertThat(a.getName()).isEqualTo(named.name());
            assertThat(a.getUri())
                    .endsWith(members.find(named.id()).orElseThrow().profilePath());
            assertThat(a.getEmail()).isNull();
        });
        SyndEntry r = entry(feed, "Role feed case " + key).orElseThrow();
        assertThat(r.getAuthors()).singleElement().satisfies(a -> {
            assertThat(a.getName()).isEqualTo(ROLE);
            assertThat(a.getUri()).isNull();
        });
        SyndEntry a = entry(feed, "Anon feed case " + key).orElseThrow();
        assertThat(a.getAuthors()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("A member");
            assertThat(p.getUri()).isNull();
            assertThat(p.getEmail()).isNull();
        });

        // Permalink, id, dates, summary, categories and licence of every entry.
        assertThat(a.getLink()).endsWith("/cases/" + anonCase + "/anon-feed-case-" + key);
        assertThat(a.getUri()).endsWith("/cases/" + anonCase);
        assertThat(a.getPublishedDate()).isNotNull();
        assertThat(a.getUpdatedDate()).isNotNull();
        // A case that does not name its author shows its days only (its exact moments could be lined up with
        // its author's named activity); a named one shows the moment.
        for (SyndEntry unnamed : List.of(a, r)) {
            assertThat(unnamed.getPublishedDate().getTime() % 86_400_000L).isZero();
            assertThat(unnamed.getUpdatedDate().getTime() % 86_400_000L).isZero();
        }
        assertThat(n.getPublishedDate().getTime() % 86_400_000L).isNotZero();
        assertThat(a.getDescription().getValue()).contains("Anon feed case " + key);
        assertThat(a.getCategories()).extracting(SyndCategory::getName).contains("sourcing", "failure");
        assertThat(a.getLinks())
                .filteredOn(l -> "license".equals(l.getRel()))
                .extracting(SyndLink::getHref)
                .containsExactly("https://creativecommons.org/licenses/by/4.0/");
        assertThat(xml).contains("<rights>CC BY 4.0</rights>");

        // Nothing that leads to the role-only or anonymous author, anywhere in the document.
        for (Person hidden : List.of(roleOnly, anonymous)) {
            MemberIdentity who = members.identity(hidden.id()).orElseThrow();
            assertThat(xml)
                    .as("the feed must not name the author of an unnamed case")
                    .doesNotContain(who.displayName())
                    .doesNotContain(who.email())
                    .doesNotContain(who.email().substring(0, who.email().indexOf('@')))
                    .doesNotContain(who.company())
                    .doesNotContain("/members/" + who.handle());
        }
        assertThat(xml).contains(named.name());
        assertThat(List.of(namedCase, roleCase))
                .allSatisfy(id -> assertThat(xml).contains("/cases/" + id + "/"));
    }

    @Test
    void feedIsWellFormedAtomWithTheRequiredElements() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        publish(member, editor, "Well-formed " + unique(), Outcome.FAILURE, AttributionMode.NAMED);
        agenda.post(member.id(), request("Well-formed request " + unique()));
        for (String path : List.of(
                "/cases.atom",
                "/cases/failures.atom",
                "/cases/topics/sourcing.atom",
                "/cases/skills/writing.atom",
                "/requests.atom")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(atom(path).getBytes(StandardCharsets.UTF_8)));
            Element root = doc.getDocumentElement();
            assertThat(root.getNamespaceURI()).as(path).isEqualTo(ATOM_NS);
            assertThat(root.getLocalName()).as(path).isEqualTo("feed");
            for (String required : List.of("id", "title", "updated")) {
                assertThat(children(root, required))
                        .as(path + " feed/" + required)
                        .hasSize(1);
            }
            assertThat(children(root, "link"))
                    .as(path + " links to itself")
                    .anySatisfy(l -> assertThat(l.getAttribute("rel")).isEqualTo("self"));
            boolean feedHasAuthor = !children(root, "author").isEmpty();
            List<Element> entries = children(root, "entry");
            assertThat(entries).as(path + " has entries").isNotEmpty().hasSizeLessThanOrEqualTo(30);
            for (Element entry : entries) {
                for (String required : List.of("id", "title", "updated", "link", "summary")) {
                    assertThat(children(entry, required))
                            .as(path + " entry/" + required)
                            .isNotEmpty();
                }
                assertThat(feedHasAuthor || !children(entry, "author").isEmpty())
                        .as(path + " every entry has an author, or the feed has one")
                        .isTrue();
            }
        }
    }

    @Test
    void failuresFeedHoldsFailuresOnlyAndTopicAndSkillFeedsTheirOwn() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        String key = unique();
        publish(
                author,
                editor,
                "Failed onboarding " + key,
                Outcome.FAILURE,
                Topic.of("onboarding"),
                AttributionMode.NAMED);
        publish(author, editor, "Great sourcing " + key, Outcome.SUCCESS, Topic.of("sourcing"), AttributionMode.NAMED);

        SyndFeed failures = parse(atom("/cases/failures.atom"));
        assertThat(entry(failures, "Failed onboarding " + key)).isPresent();
        assertThat(entry(failures, "Great sourcing " + key)).isEmpty();
        assertThat(failures.getEntries())
                .allSatisfy(e -> assertThat(e.getCategories())
                        .extracting(SyndCategory::getName)
                        .contains("failure"));

        SyndFeed onboarding = parse(atom("/cases/topics/onboarding.atom"));
        assertThat(entry(onboarding, "Failed onboarding " + key)).isPresent();
        assertThat(entry(onboarding, "Great sourcing " + key)).isEmpty();
        assertThat(onboarding.getTitle()).contains("Onboarding");

        // Every test case teaches writing; none teaches SEO.
        assertThat(entry(parse(atom("/cases/skills/" + Skill.of("writing").slug() + ".atom")), "Great sourcing " + key))
                .isPresent();
        assertThat(entry(parse(atom("/cases/skills/seo.atom")), "Great sourcing " + key))
                .isEmpty();

        mvc.perform(get("/cases/topics/astrology.atom")).andExpect(status().isNotFound());
    }

    @Test
    void withdrawnAndTakenDownCasesLeaveEveryFeedAtOnce() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        String key = unique();
        long withdrawn = publish(author, editor, "Withdrawn " + key, Outcome.FAILURE, AttributionMode.NAMED);
        long takenDown = publish(author, editor, "Taken down " + key, Outcome.FAILURE, AttributionMode.NAMED);
        assertThat(entry(parse(atom("/cases/failures.atom")), "Withdrawn " + key))
                .isPresent();

        authoring.withdraw(author.id(), withdrawn);
        reviews.takeDown(takenDown, editor.id(), "Names a candidate");

        for (String path : List.of("/cases.atom", "/cases/failures.atom", "/cases/topics/sourcing.atom")) {
            String xml = atom(path);
            assertThat(xml).as(path).doesNotContain("Withdrawn " + key).doesNotContain("Taken down " + key);
            assertThat(xml)
                    .as(path)
                    .doesNotContain("/cases/" + withdrawn + "/")
                    .doesNotContain("/cases/" + takenDown + "/");
        }
    }

    @Test
    void conditionalGetAnswersNotModifiedUntilTheFeedChanges() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = publish(author, editor, "Conditional " + unique(), Outcome.FAILURE, AttributionMode.NAMED);

        MvcResult first = mvc.perform(get("/cases/failures.atom"))
                .andExpect(status().isOk())
                .andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(etag).startsWith("\"");
        assertThat(lastModified).isNotBlank();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                .contains("public")
                .contains("no-cache");

        mvc.perform(get("/cases/failures.atom").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
        mvc.perform(head("/cases/failures.atom"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag));
        mvc.perform(get("/cases/failures.atom").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .andExpect(status().isNotModified());
        assertThat(mvc.perform(get("/cases/failures.atom").header(HttpHeaders.IF_NONE_MATCH, etag))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEmpty();

        // Making the case anonymous leaves no timestamp in the library, yet both validators see the change, even
        // within the same second.
        authoring.changeAttribution(author.id(), id, AttributionMode.ANONYMOUS, null, false);
        MvcResult changed = mvc.perform(get("/cases/failures.atom").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        assertThat(changed.getResponse().getContentAsString()).doesNotContain(author.name());
        mvc.perform(get("/cases/failures.atom").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .andExpect(status().isOk());
    }

    @Test
    void requestsFeedListsTheAgendaWithoutItsPosters() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        String title = "Feed request on referral bonuses " + unique();
        long id = agenda.post(poster.id(), request(title));

        String xml = atom("/requests.atom");
        SyndEntry entry = entry(parse(xml), title).orElseThrow();
        assertThat(entry.getLink()).contains("/requests/" + id + "/");
        assertThat(entry.getDescription().getValue()).contains("<strong>measure</strong>");
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).contains("open", "sourcing");
        MemberIdentity who = members.identity(poster.id()).orElseThrow();
        assertThat(xml)
                .doesNotContain(who.displayName())
                .doesNotContain(who.email())
                .doesNotContain("/members/" + who.handle());
    }

    @Test
    void pagesAnnounceTheirFeedToBrowsersAndReaders() throws Exception {
        assertFeedLink("/", "/cases.atom");
        assertFeedLink("/cases", "/cases.atom");
        assertFeedLink("/cases?outcome=failure", "/cases/failures.atom");
        assertFeedLink("/cases?topic=onboarding", "/cases/topics/onboarding.atom");
        assertFeedLink("/cases?skill=seo", "/cases/skills/seo.atom");
        assertFeedLink("/requests", "/requests.atom");
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("<a href=\"/cases.atom\" type=\"application/atom+xml\">Atom feed</a>");
        String topicList = mvc.perform(get("/cases?topic=onboarding"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(topicList)
                .contains("class=\"feed-link\" href=\"/cases/topics/onboarding.atom\"")
                .contains("Follow this list (Atom feed)");
    }

    private void assertFeedLink(String page, String feed) throws Exception {
        String html = mvc.perform(get(page))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .as(page + " announces " + feed)
                .containsPattern("<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"[^\"]+\" href=\""
                        + java.util.regex.Pattern.quote(feed) + "\">");
        parse(atom(feed));
    }

    private String atom(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static SyndFeed parse(String xml) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    private static Optional<SyndEntry> entry(SyndFeed feed, String title) {
        return feed.getEntries().stream()
                .filter(e -> title.equals(e.getTitle()))
                .findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        List<Element> found = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e
                    && ATOM_NS.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private long publish(Person author, Person editor, String title, Outcome outcome, AttributionMode mode) {
        return publish(author, editor, title, outcome, Topic.of("sourcing"), mode);
    }

    private long publish(
            Person author, Person editor, String title, Outcome outcome, Topic topic, AttributionMode mode) {
        CaseCommand command = TestFixtures.completeCase(title, outcome, topic, mode);
        long id = authoring.createDraft(author.id(), command);
        authoring.submit(author.id(), id);
        reviews.claim(id, editor.id());
        reviews.publish(id, editor.id());
        return id;
    }

    private static RequestCommand request(String title) {
        return new RequestCommand(
                title,
                "How did you **measure** referral quality?",
                List.of(Topic.of("sourcing")),
                List.of(Skill.of("data-analysis")),
                null,
                null);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
