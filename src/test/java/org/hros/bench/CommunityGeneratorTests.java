package org.hros.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.hros.search.CaseSearch;
import org.hros.search.SearchQuery;
import org.hros.search.SearchUnavailableException;
import org.hros.search.bench.GeneratedCorpus;
import org.hros.search.domain.analysis.SentenceEmbeddings;
import org.hros.search.domain.indexing.CaseDocuments;
import org.hros.search.domain.indexing.IndexMaintenance;
import org.hros.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * The benchmark's community generator, run at 50 cases against the test database, so that it cannot rot while the
 * schema and the application move on: what it writes must be a community HROS reads as its own. It runs in an
 * application context of its own, so on a database of its own: its fifty cases, members and votes would change what
 * the other tests count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "spring.application.name=hros-generated-community")
class CommunityGeneratorTests extends IntegrationTestBase {

    private static final long SEED = 424_242L;
    private static final int CASES = 50;

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    CaseDocuments documents;

    @Autowired
    IndexMaintenance index;

    @Autowired
    SentenceEmbeddings embeddings;

    @Autowired
    CaseSearch search;

    private JdbcTemplate jdbc;
    private CommunityLoader.Summary summary;
    private String printed;

    @BeforeAll
    void generate() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        summary = new CommunityLoader(
                        dataSource,
                        passwords,
                        documents,
                        index,
                        new PrintStream(bytes, true, StandardCharsets.UTF_8),
                        SEED)
                .load(CASES, 2, embeddings.enabled());
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyGeneratedCaseIsPublishedWithItsCurrentRevisionAndItsSearchDocument() {
        assertThat(summary.caseIds()).hasSize(CASES).doesNotHaveDuplicates();
        assertThat(count("select count(*) from case_study where status = 'PUBLISHED' and id in (%s)"))
                .isEqualTo(CASES);
        assertThat(count("select count(*) from case_revision where current and id is not null and case_id in (%s)"))
                .isEqualTo(CASES);
        assertThat(count("select count(*) from case_revision where case_id in (%s)"))
                .isEqualTo(summary.revisions());
        assertThat(count("select count(*) from case_study c where c.id in (%s) and c.published_revision"
                        + " = (select max(revision_no) from case_revision r where r.case_id = c.id)"))
                .isEqualTo(CASES);
        assertThat(count("select count(*) from case_document where id in (%s)")).isEqualTo(CASES);
        assertThat(count("select count(*) from case_slug where case_id in (%s)"))
                .isEqualTo(CASES);
        assertThat(count("select count(distinct revision_id) from case_revision_topic t join case_revision r"
                        + " on r.id = t.revision_id where r.case_id in (%s)"))
                .isEqualTo(summary.revisions());
        if (embeddings.enabled()) {
            assertThat(count("select count(*) from case_document where embedding is not null and id in (%s)"))
                    .isEqualTo(CASES);
        }
    }

    @Test
    void theSameSeedWritesTheSameLibrary() {
        GeneratedCorpus corpus = new GeneratedCorpus(SEED);
        for (int i = 0; i < CASES; i++) {
            assertThat(jdbc.queryForObject(
                            "select title from case_study where id = ?", String.class, summary.caseIds()[i]))
                    .isEqualTo(corpus.generate(i).title());
        }
    }

    @Test
    void countsOfRepliesReactionsRequestsAndVotesMatchWhatWasWritten() {
        long replies = count("select count(*) from reply where subject_type = 'CASE' and subject_id in (%s)")
                + requestCount("select count(*) from reply where subject_type = 'REQUEST' and subject_id in (%s)");
        assertThat(replies).isEqualTo(summary.replies()).isPositive();
        assertThat(requestCount("select count(*) from request where id in (%s)"))
                .isEqualTo(summary.requests());
        assertThat(requestCount("select count(*) from request_vote where request_id in (%s)"))
                .isEqualTo(summary.votes());
        assertThat(requestCount("select count(*) from request_status_change where to_status = 'OPEN'"
                        + " and request_id in (%s)"))
                .isEqualTo(summary.requests());
        // "Most helpful" reads the count on the case; it must be the reactions' own count, and never the author's.
        assertThat(count("select count(*) from case_study c where c.id in (%s) and c.helpful_count = (select count(*)"
                        + " from reaction x where x.subject_type = 'CASE' and x.subject_id = c.id"
                        + " and x.kind = 'HELPED' and x.member_id <> c.author_id)"))
                .isEqualTo(CASES);
        assertThat(count("select count(*) from reaction x join case_study c on c.id = x.subject_id"
                        + " where x.subject_type = 'CASE' and x.member_id = c.author_id and c.id in (%s)"))
                .isZero();
    }

    @Test
    void generatedCasePagesRenderForReadersAndAnonymousAuthorsStayHidden() throws Exception {
        for (String mode : List.of("NAMED", "ROLE_ONLY", "ANONYMOUS")) {
            Map<String, Object> c = jdbc.queryForMap(
                    ("select c.id, c.slug, c.title, m.handle, m.display_name from case_study c join member m"
                                    + " on m.id = c.author_id where c.attribution = ? and c.id in (%s) limit 1")
                            .formatted(ids(summary.caseIds())),
                    mode);
            var page = mvc.perform(get("/cases/" + c.get("id") + "/" + c.get("slug")))
                    .andExpect(status().isOk())
                    .andExpect(
                            content().string(Matchers.containsString(HtmlUtils.htmlEscape((String) c.get("title")))));
            if (!mode.equals("NAMED")) {
                page.andExpect(content().string(Matchers.not(Matchers.containsString((String) c.get("handle")))));
            }
        }
        mvc.perform(get("/cases").param("outcome", "failure")).andExpect(status().isOk());
        Map<String, Object> r = jdbc.queryForMap(
                "select id, slug, title from request where id in (%s) limit 1".formatted(requestIds()));
        mvc.perform(get("/requests/" + r.get("id") + "/" + r.get("slug")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(HtmlUtils.htmlEscape((String) r.get("title")))));
    }

    @Test
    void searchFindsGeneratedCasesAfterTheRebuild() {
        assertThat(printed).contains("mass indexer");
        assertThat(summary.timings()).anyMatch(line -> line.startsWith("index rebuild") && line.contains("docs/s"));
        for (int i : new int[] {0, CASES / 2, CASES - 1}) {
            long id = summary.caseIds()[i];
            String title = jdbc.queryForObject("select title from case_study where id = ?", String.class, id);
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreException(SearchUnavailableException.class)
                    .until(() -> search.search(SearchQuery.of("\"" + title + "\"")).hits().stream()
                            .anyMatch(h -> h.card().id() == id));
        }
    }

    @Test
    void aGeneratedMemberLogsInWithTheBenchmarkPassword() throws Exception {
        String email = jdbc.queryForObject(
                "select m.email from member m join case_study c on c.author_id = m.id where c.id = ?",
                String.class,
                summary.caseIds()[0]);
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(CommunityLoader.PASSWORD))
                .andExpect(authenticated());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql.formatted(ids(summary.caseIds())), Long.class);
    }

    private long requestCount(String sql) {
        return jdbc.queryForObject(sql.formatted(requestIds()), Long.class);
    }

    /** The generated requests: those written by generated members with this seed's handles. */
    private String requestIds() {
        List<Long> ids = jdbc.queryForList(
                "select r.id from request r join member m on m.id = r.author_id where m.email like ?",
                Long.class,
                "%-" + (SEED % 1000) + "-%@" + CommunityLoader.EMAIL_DOMAIN);
        return ids.isEmpty()
                ? "0"
                : ids.stream()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + "," + b)
                        .orElseThrow();
    }

    private static String ids(long[] ids) {
        return String.join(",", Arrays.stream(ids).mapToObj(String::valueOf).toList());
    }
}
