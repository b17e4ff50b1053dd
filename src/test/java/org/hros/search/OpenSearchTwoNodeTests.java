package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hros.HrosApplication;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.FacetIndex;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberInterests;
import org.hros.member.MemberOnboarding;
import org.hros.member.MemberRole;
import org.hros.member.domain.ApiTokenService;
import org.hros.platform.RateLimits;
import org.hros.shared.Topic;
import org.hros.support.FacetCountCheck;
import org.hros.support.OpenSearchTestNode;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Fixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code opensearch} profile as it is deployed: one PostgreSQL, one OpenSearch 2.19 node (real, from Maven
 * Central jars, in its own JVM) and two HROS instances sharing both. A case published through the first instance
 * is found through the second's search API, because index changes travel through the shared outbox and land in
 * the shared index.
 */
class OpenSearchTwoNodeTests {

    private static EmbeddedPostgres postgres;
    private static OpenSearchTestNode openSearch;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startEverything() throws Exception {
        Path root =
                Path.of("target", "test-data", "two-nodes-" + UUID.randomUUID()).toAbsolutePath();
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(root.resolve("pg"))
                .setCleanDataDirectory(true)
                .start();
        openSearch = OpenSearchTestNode.start();
        String jdbc = postgres.getJdbcUrl("postgres", "postgres");
        first = node(root.resolve("first"), jdbc);
        second = node(root.resolve("second"), jdbc);
    }

    private static ConfigurableApplicationContext node(Path dataDir, String jdbc) {
        // Command-line arguments: they win over the profiles' files (default properties would not).
        return new SpringApplicationBuilder(HrosApplication.class)
                .profiles("test", "opensearch")
                .run(
                        "--server.port=0",
                        "--hros.data-dir=" + dataDir,
                        "--spring.datasource.url=" + jdbc,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--hros.search.opensearch.uris=" + openSearch.uri(),
                        "--spring.mail.port=" + TestMail.port());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (openSearch != null) {
            openSearch.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aCasePublishedThroughOneInstanceIsFoundThroughTheOther() throws Exception {
        Fixtures fixtures = new Fixtures(
                first.getBean(MemberOnboarding.class),
                first.getBean(ApiTokenService.class),
                first.getBean(CaseAuthoring.class),
                first.getBean(CaseReviews.class),
                first.getBean(RateLimits.class),
                first.getBean(MemberInterests.class));
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String word = "zyx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String title = "Our referral scheme " + word + " stalled in the warehouses";

        String before = searchOn(second, word);
        assertThat(before).doesNotContain(title);

        long id = fixtures.published(author, editor, title, Outcome.FAILURE, Topic.of("sourcing"));

        String found = awaitFound(second, word, title);
        assertThat(found).contains("\"id\":" + id).contains(title);
        // The index the second instance answered from is OpenSearch's, not a local one.
        assertThat(openSearch.get("/_search?q=" + word)).contains(title);
        // And the first instance sees it too.
        assertThat(awaitFound(first, word, title)).contains(title);
    }

    @Test
    void aCaseToldInOtherWordsIsFoundByMeaningThroughTheOther() throws Exception {
        Fixtures fixtures = fixtures();
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String title = "Most of our warehouse recruits resigned before their second payday";
        CaseCommand command =
                TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("onboarding"), AttributionMode.NAMED);
        Map<Section, String> sections = new EnumMap<>(command.sections());
        sections.put(
                Section.SUMMARY,
                "Seven in ten of the pickers we took on in autumn walked out within a month of their first"
                        + " shift. Nobody had told them about the night rota or the cold store.");
        sections.put(
                Section.CHALLENGE,
                "Every peak season we recruited three hundred pickers and lost most of them within weeks.");
        long id = fixtures.authoring().createDraft(author.id(), TestFixtures.withSections(command, sections));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());

        // No word of the query is in the case: only its meaning is, through the k-NN plugin's vector field.
        String found = awaitFound(second, "early attrition among new starters", title);
        assertThat(found).contains("\"id\":" + id);
        assertThat(openSearch.get("/_mapping")).contains("knn_vector");
        // A word no case contains does not bring back every case that merely resembles the text.
        assertThat(searchOn(second, "qwxzv" + UUID.randomUUID().toString().substring(0, 8)))
                .doesNotContain(title);
    }

    @Test
    void theListingsFacetCountsFromOpenSearchEqualSqlCounts() {
        Fixtures fixtures = fixtures();
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        for (int i = 0; i < 12; i++) {
            long id = fixtures.authoring().createDraft(author.id(), FacetCountCheck.variant(i));
            fixtures.authoring().submit(author.id(), id);
            fixtures.reviews().claim(id, editor.id());
            fixtures.reviews().publish(id, editor.id());
        }
        // Counted through the other instance; OpenSearch shows a change once it refreshes, within a second.
        FacetIndex index = second.getBean(FacetIndex.class);
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> FacetCountCheck.assertIndexCountsEqualSql(index, jdbc));
    }

    private static Fixtures fixtures() {
        return new Fixtures(
                first.getBean(MemberOnboarding.class),
                first.getBean(ApiTokenService.class),
                first.getBean(CaseAuthoring.class),
                first.getBean(CaseReviews.class),
                first.getBean(RateLimits.class),
                first.getBean(MemberInterests.class));
    }

    private static String awaitFound(ConfigurableApplicationContext node, String word, String title) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = searchOn(node, word);
            if (body.contains(title)) {
                return body;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not found within 90 s; last answer: " + body);
    }

    private static String searchOn(ConfigurableApplicationContext node, String text) throws Exception {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/search?q="
                                        + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                                .header("Accept", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
