package org.hros.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * HROS on a PostgreSQL server of the operator's own, as CI provides one: the embedded database stays off, Flyway
 * migrates the external server, and a case goes from a member's draft through an editor to the public API.
 *
 * <p>Runs only when {@code HROS_EXTERNAL_DB_URL} is set (with {@code HROS_EXTERNAL_DB_USER} and
 * {@code HROS_EXTERNAL_DB_PASSWORD}); {@code .ci/run} starts such a server.
 */
@EnabledIfEnvironmentVariable(named = "HROS_EXTERNAL_DB_URL", matches = ".+")
class ExternalPostgresSmokeTests extends IntegrationTestBase {

    private static final Pattern MIGRATION = Pattern.compile("V([0-9._]+)__.+\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:\\w+\\.)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_TABLE =
            Pattern.compile("drop\\s+table\\s+(?:if\\s+exists\\s+)?(?:\\w+\\.)?(\\w+)", Pattern.CASE_INSENSITIVE);

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("HROS_EXTERNAL_DB_URL"));
        registry.add("spring.datasource.username", () -> env("HROS_EXTERNAL_DB_USER", "postgres"));
        registry.add("spring.datasource.password", () -> env("HROS_EXTERNAL_DB_PASSWORD", ""));
    }

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ObjectProvider<EmbeddedPostgres> embedded;

    @Test
    void theEmbeddedDatabaseStaysOffAndTheExternalOneIsUsed() throws Exception {
        assertThat(embedded.getIfAvailable()).as("no embedded PostgreSQL").isNull();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).isEqualTo(System.getenv("HROS_EXTERNAL_DB_URL"));
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void flywayMigratedTheExternalServer() throws Exception {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
        assertThat(scripts).isNotEmpty();
        Set<String> versions = new TreeSet<>();
        Set<String> tables = new TreeSet<>();
        for (Resource script : scripts) {
            Matcher name = MIGRATION.matcher(script.getFilename());
            assertThat(name.matches()).as(script.getFilename()).isTrue();
            versions.add(name.group(1).replace('_', '.'));
            String sql = script.getContentAsString(StandardCharsets.UTF_8);
            tables.addAll(names(CREATE_TABLE, sql));
            names(DROP_TABLE, sql).forEach(tables::remove);
        }

        List<String> applied = jdbc.queryForList(
                "select version from flyway_schema_history where success and version is not null", String.class);
        assertThat(applied).containsExactlyInAnyOrderElementsOf(versions);

        List<String> present = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema()", String.class);
        assertThat(present).containsAll(tables).contains("flyway_schema_history");
    }

    @Test
    void aMemberDraftsAnEditorPublishesAndThePublicApiServesIt() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String authorToken = fixtures.token(author);
        String editorToken = fixtures.token(editor);
        String title = "External database smoke case " + UUID.randomUUID();

        MvcResult created = mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + authorToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft(title)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn();
        long id = JsonPath.<Number>read(created.getResponse().getContentAsString(), "$.id")
                .longValue();
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/cases/" + id + "/submit").header("Authorization", "Bearer " + authorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post("/api/v1/cases/" + id + "/publish").header("Authorization", "Bearer " + editorToken))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.attribution.name").value(author.name()));
        assertThat(jdbc.queryForObject("select count(*) from case_study where id = ?", Long.class, id))
                .as("the case is stored in the external database")
                .isEqualTo(1L);
    }

    private static String draft(String title) {
        return """
                {"type":"CASE_STUDY","title":"%s","outcome":"FAILURE",
                 "topics":["candidate-experience"],"skills":["ats-automation"],
                 "context":{"sizeBand":"201-500","industry":"retail","region":"europe","teamSize":3,"year":2024},
                 "licence":"CC_BY_4_0","vendorDisclosure":"None.","attribution":"NAMED",
                 "sections":{"summary":"We moved ATS.","challenge":"Old one was slow.",
                   "whatWeDid":"Migrated in a weekend.","results":"Applicants heard nothing.",
                   "wrong":"No status mapping.","differently":"Map statuses first.","lessons":"Test with candidates."}}
                """.formatted(title);
    }

    private static List<String> names(Pattern pattern, String sql) {
        List<String> names = new ArrayList<>();
        Matcher m = pattern.matcher(sql);
        while (m.find()) {
            names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
