package org.hros.search.domain.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.hros.HrosApplication;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberOnboarding;
import org.hros.member.MemberRole;
import org.hros.search.CaseSearch;
import org.hros.search.SearchQuery;
import org.hros.search.SearchUnavailableException;
import org.hros.shared.Topic;
import org.hros.support.TestFixtures;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * HROS is started, publishes a case, stops; its index folder is deleted; on the next start the index is rebuilt
 * by itself in the background — search answers 503 until then, the rest of the site at once — and finds the
 * case again.
 */
class IndexRestartTests {

    private final Path data = Path.of("target/test-data/restart-" + UUID.randomUUID());
    private ConfigurableApplicationContext running;

    @AfterEach
    void stopAndClean() throws IOException {
        if (running != null) {
            running.close();
        }
        delete(data);
    }

    @Test
    void aDeletedIndexFolderIsRebuiltAtStart() throws Exception {
        running = start();
        long caseId = publishOne(running);
        await(running, "quorblesnatch", caseId);
        running.close();
        running = null;

        delete(data.resolve("index"));
        assertThat(data.resolve("index")).doesNotExist();

        running = start();
        int port = ((WebServerApplicationContext) running).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        int searchStatus = get(http, port, "/search?q=quorblesnatch");
        assertThat(searchStatus).isIn(200, 503);
        assertThat(get(http, port, "/cases")).isEqualTo(200);

        await(running, "quorblesnatch", caseId);
        IndexMaintenance.Status status = running.getBean(IndexMaintenance.class).status();
        assertThat(status.finishedAt()).as("rebuilt at start").isNotNull();
        assertThat(status.failed()).isFalse();
        assertThat(data.resolve("index").resolve(CaseDocument.INDEX)).isDirectory();
        assertThat(get(http, port, "/search?q=quorblesnatch")).isEqualTo(200);
    }

    private ConfigurableApplicationContext start() {
        TestMail.server();
        return new SpringApplicationBuilder(HrosApplication.class)
                .profiles("test")
                .run(
                        "--hros.data-dir=" + data.toAbsolutePath(),
                        "--hros.ephemeral=false",
                        "--server.port=0",
                        "--spring.mail.port=" + TestMail.port(),
                        "--spring.jmx.enabled=false");
    }

    private static long publishOne(ConfigurableApplicationContext context) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        MemberOnboarding members = context.getBean(MemberOnboarding.class);
        long author = members.registerSample(
                "restart-" + key + "@test.example",
                "Restart author " + key,
                TestFixtures.PASSWORD,
                MemberRole.MEMBER,
                "Talent Lead",
                "Restart Corp");
        long editor = members.registerSample(
                "restart-editor-" + key + "@test.example",
                "Restart editor " + key,
                TestFixtures.PASSWORD,
                MemberRole.EDITOR,
                "Editor",
                "HROS");
        CaseAuthoring authoring = context.getBean(CaseAuthoring.class);
        CaseReviews reviews = context.getBean(CaseReviews.class);
        long id = authoring.createDraft(
                author,
                TestFixtures.completeCase(
                        "The quorblesnatch rollout", Outcome.FAILURE, Topic.of("onboarding"), AttributionMode.NAMED));
        authoring.submit(author, id);
        reviews.claim(id, editor);
        reviews.publish(id, editor);
        return id;
    }

    private static void await(ConfigurableApplicationContext context, String text, long caseId) {
        CaseSearch search = context.getBean(CaseSearch.class);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .ignoreException(SearchUnavailableException.class)
                .until(() -> search.search(SearchQuery.of(text)).hits().stream()
                        .anyMatch(h -> h.card().id() == caseId));
    }

    private static int get(HttpClient http, int port, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
