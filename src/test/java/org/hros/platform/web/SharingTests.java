package org.hros.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.Slugs;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What link previews, search engines and lost visitors get: Open Graph and Twitter card tags read the way a
 * crawler reads them (over HTTP, logged out), robots.txt and the sitemap, and 404 for paths nothing answers.
 */
class SharingTests extends IntegrationTestBase {

    private static final Pattern META = Pattern.compile(
            "<meta (?:property|name)=\"((?:og|twitter|article):[a-z_:]+|author)\" content=\"([^\"]*)\">");
    private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\">");

    @LocalServerPort
    int port;

    @Value("${hros.base-url}")
    String baseUrl;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aNamedCaseCreditsItsAuthorInItsPreviewAndAnUnnamedOneNeverDoes() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        String named = "Assessment centre we scrapped, told by name";
        String anonymous = "Assessment centre we scrapped, told anonymously";
        String roleOnly = "Assessment centre we scrapped, told by role";
        long namedId = publish(author, editor, named, AttributionMode.NAMED);
        long anonymousId = publish(author, editor, anonymous, AttributionMode.ANONYMOUS);
        long roleOnlyId = publish(author, editor, roleOnly, AttributionMode.ROLE_ONLY);

        Map<String, String> tags = previewOf(path(namedId, named));
        assertThat(tags)
                .containsEntry("og:title", named)
                .containsEntry("og:type", "article")
                .containsEntry("og:site_name", "HROS")
                .containsEntry("og:url", baseUrl + path(namedId, named))
                .containsEntry("canonical", baseUrl + path(namedId, named))
                .containsEntry("twitter:card", "summary")
                .containsEntry("twitter:title", named)
                .containsEntry("author", author.name())
                .containsEntry("article:author", author.name());
        assertThat(tags.get("og:description")).startsWith("Text for summary of " + named);
        assertThat(tags.get("twitter:description")).isEqualTo(tags.get("og:description"));

        for (long id : new long[] {anonymousId, roleOnlyId}) {
            String title = id == anonymousId ? anonymous : roleOnly;
            Map<String, String> unnamed = previewOf(path(id, title));
            assertThat(unnamed)
                    .as("preview of the %s case", id == anonymousId ? "anonymous" : "role-only")
                    .containsEntry("og:title", title)
                    .containsEntry("og:url", baseUrl + path(id, title))
                    .containsKey("twitter:card")
                    .doesNotContainKeys("author", "article:author");
            assertThat(String.join(" ", unnamed.values()))
                    .doesNotContain(author.name(), Slugs.slugify(author.name()), author.email());
        }

        // The canonical address is the latest revision's, also when the page is reached by an old slug's redirect
        // target or with a query.
        assertThat(previewOf(path(namedId, named) + "?discussionPage=1"))
                .containsEntry("canonical", baseUrl + path(namedId, named));
    }

    @Test
    void requestAndProfilePagesCarryPreviewsAndACopyLinkControl() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        String profile = "/members/" + Slugs.slugify(member.name());
        Map<String, String> tags = previewOf(profile);
        assertThat(tags)
                .containsEntry("og:type", "profile")
                .containsEntry("og:title", member.name())
                .containsEntry("og:url", baseUrl + profile);

        String page = fetch(profile).body();
        assertThat(page)
                .as("the address is there to select without script; the button waits for it")
                .contains("<input class=\"share-link__url\"", "value=\"" + baseUrl + profile + "\"")
                .contains("data-copy-link=", " hidden>Copy link</button>")
                .contains("<script src=\"/js/hros.js\" defer></script>")
                .doesNotContain("onclick");
        assertThat(fetch("/js/hros.js").statusCode()).isEqualTo(200);
    }

    @Test
    void robotsKeepCrawlersOutOfAccountsReviewAdminAndTheApi() throws Exception {
        HttpResponse<String> robots = fetch("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(robots.body())
                .contains("User-agent: *\nAllow: /\n")
                .contains(
                        "Disallow: /my/\n",
                        "Disallow: /profile\n",
                        "Disallow: /settings/\n",
                        "Disallow: /review\n",
                        "Disallow: /admin/\n",
                        "Disallow: /api/\n",
                        "Disallow: /login\n",
                        "Disallow: /approvals/\n")
                .contains("Sitemap: " + baseUrl + "/sitemap.xml")
                .doesNotContain("Disallow: /cases", "Disallow: /requests\n", "Disallow: /members");
    }

    @Test
    void theSitemapListsPublicPagesOnlyDatedToTheDay() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        String named = "Sitemap: onboarding survey, named";
        String anonymous = "Sitemap: onboarding survey, anonymous";
        String withdrawn = "Sitemap: onboarding survey, withdrawn";
        String draft = "Sitemap: onboarding survey, a draft";
        long namedId = publish(author, editor, named, AttributionMode.NAMED);
        long anonymousId = publish(author, editor, anonymous, AttributionMode.ANONYMOUS);
        long withdrawnId = publish(author, editor, withdrawn, AttributionMode.NAMED);
        fixtures.authoring().withdraw(author.id(), withdrawnId);
        long draftId = fixtures.draft(author, draft, Outcome.FAILURE, Topic.of("onboarding"));

        HttpResponse<String> sitemap = fetch("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/xml"));
        String xml = sitemap.body();
        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<loc>" + baseUrl + "/</loc>", "<loc>" + baseUrl + "/cases</loc>")
                .contains("<loc>" + baseUrl + "/requests</loc>")
                .contains("<loc>" + baseUrl + path(namedId, named) + "</loc>")
                .contains("<loc>" + baseUrl + path(anonymousId, anonymous) + "</loc>")
                .doesNotContain("/cases/" + withdrawnId + "/", "/cases/" + draftId + "/")
                .doesNotContain(author.name(), Slugs.slugify(author.name()), "/members/");
        Matcher lastmod = Pattern.compile("<lastmod>([^<]*)</lastmod>").matcher(xml);
        int dates = 0;
        while (lastmod.find()) {
            assertThat(lastmod.group(1)).as("lastmod is a day").matches("\\d{4}-\\d{2}-\\d{2}");
            dates++;
        }
        assertThat(dates).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPathNothingAnswersIsA404ForEveryoneWhileProtectedPagesStillAskForALogIn() throws Exception {
        for (String unknown : new String[] {"/feed", "/no-such-page", "/cases/not-a-number/x/y", "/my/nothing-here"}) {
            HttpResponse<String> anonymous = fetch(unknown);
            assertThat(anonymous.statusCode()).as("%s, logged out", unknown).isEqualTo(404);
            assertThat(anonymous.headers().firstValue("Location")).isEmpty();
            assertThat(anonymous.body()).contains("<html");

            MockHttpServletResponse member = mvc.perform(get(unknown)
                            .with(user(principal(fixtures.member(MemberRole.MEMBER))))
                            .accept("text/html"))
                    .andReturn()
                    .getResponse();
            assertThat(member.getStatus()).as("%s, logged in", unknown).isEqualTo(404);
        }
        for (String known : new String[] {"/my/cases", "/write", "/profile", "/notifications", "/goals/new"}) {
            HttpResponse<String> response = fetch(known);
            assertThat(response.statusCode()).as("%s, logged out", known).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(fetch("/review").statusCode()).isEqualTo(302);
        assertThat(fetch("/api/v1/goals").statusCode())
                .as("the API answers 401, not a redirect")
                .isEqualTo(401);
        assertThat(fetch("/api/v1/no-such-thing").statusCode()).isEqualTo(404);
    }

    private long publish(Person author, Person editor, String title, AttributionMode mode) {
        long id = fixtures.authoring()
                .createDraft(
                        author.id(), TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("onboarding"), mode));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    private static String path(long id, String title) {
        return "/cases/" + id + "/" + Slugs.slugify(title);
    }

    private static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.MEMBER, true, "");
    }

    /** The preview tags of a page as a crawler reads them: logged out, over HTTP, from the head. */
    private Map<String, String> previewOf(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = fetch(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        String head = response.body().substring(0, response.body().indexOf("</head>"));
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            tags.put(meta.group(1), unescape(meta.group(2)));
        }
        Matcher canonical = CANONICAL.matcher(head);
        if (canonical.find()) {
            tags.put("canonical", canonical.group(1));
        }
        return tags;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
