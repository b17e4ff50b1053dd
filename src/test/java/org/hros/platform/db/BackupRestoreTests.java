package org.hros.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.image.TestImages;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.platform.HrosProperties;
import org.hros.shared.Slugs;
import org.hros.shared.Topic;
import org.hros.support.ChildHros;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Backup and restore as an operator runs them ({@code java -jar hros.jar --hros.backup.to=FILE}, then
 * {@code --hros.restore.from=FILE}): a community with members, cases and their revisions, an anonymous case, replies
 * and an image is backed up from the running embedded database, restored into an empty database by URL, refused over
 * a non-empty one, restored again after the schema is dropped, and every table compared row for row; then restored
 * into a fresh data folder, where a new HROS serves the same pages, image and search results.
 */
class BackupRestoreTests extends IntegrationTestBase {

    private static final Pattern IMAGE = Pattern.compile("\\(/images/([0-9a-f]{32})\\)");
    private static ChildHros restoredNode;

    @Autowired
    DataSource dataSource;

    @Autowired
    HrosProperties dataDirectory;

    String dataDir;

    Person author;
    Person anonymousAuthor;
    Person reader;
    long namedCase;
    long anonymousCase;
    String imageId;
    String word;
    String namedTitle;
    String anonymousTitle;

    @AfterAll
    static void stopTheRestoredNode() {
        if (restoredNode != null) {
            restoredNode.kill(true);
        }
    }

    @BeforeEach
    void aCommunity() throws Exception {
        dataDir = dataDirectory.dataDir().toAbsolutePath().toString();
        author = fixtures.member(MemberRole.MEMBER);
        anonymousAuthor = fixtures.member(MemberRole.MEMBER);
        reader = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        word = "zephyrine" + UUID.randomUUID().toString().substring(0, 6);
        imageId = upload(author);

        namedTitle = "Assessment centre we ran for " + word;
        Map<Section, String> sections = new EnumMap<>(
                TestFixtures.completeCase(namedTitle, Outcome.FAILURE, Topic.of("sourcing"), AttributionMode.NAMED)
                        .sections());
        sections.put(Section.WRONG, "We scored the wrong things. ![Funnel](/images/" + imageId + ")");
        CaseCommand named = TestFixtures.withSections(
                TestFixtures.completeCase(namedTitle, Outcome.FAILURE, Topic.of("sourcing"), AttributionMode.NAMED),
                sections);
        namedCase = fixtures.authoring().createDraft(author.id(), named);
        fixtures.authoring().submit(author.id(), namedCase);
        fixtures.reviews().claim(namedCase, editor.id());
        fixtures.reviews().publish(namedCase, editor.id());

        anonymousTitle = "Layoffs we announced by e-mail, " + word;
        anonymousCase = fixtures.authoring()
                .createDraft(
                        anonymousAuthor.id(),
                        TestFixtures.completeCase(
                                anonymousTitle, Outcome.FAILURE, Topic.of("sourcing"), AttributionMode.ANONYMOUS));
        fixtures.authoring().submit(anonymousAuthor.id(), anonymousCase);
        fixtures.reviews().claim(anonymousCase, editor.id());
        fixtures.reviews().publish(anonymousCase, editor.id());

        mvc.perform(post("/discussion/CASE/" + namedCase + "/replies")
                        .with(user(principal(reader)))
                        .with(csrf())
                        .param("body", "We did the same with " + word + " and it went worse."))
                .andExpect(status().isFound());
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryTableAsItWas() throws Exception {
        Path file = Files.createTempDirectory("hros-backup").resolve("hros.zip");
        Map<String, String> original = backUpQuietly("--hros.data-dir=" + dataDir, file);
        assertThat(original).containsKeys("member", "case_study", "case_revision", "image", "reply");
        assertThat(original.get("image")).as("the image's row").doesNotStartWith("0 ");

        String database = "restored_" + UUID.randomUUID().toString().substring(0, 8);
        execute(url("postgres"), "create database " + database);
        String restoredUrl = url(database);
        assertThat(BackupCommand.run(restoreArguments(restoredUrl, file)))
                .as("restore into an empty database")
                .isEqualTo(BackupCommand.DONE);
        assertThat(checksums(restoredUrl)).as("every table after the restore").isEqualTo(original);

        execute(restoredUrl, "update case_study set title = 'Changed after the restore' where id = " + namedCase);
        assertThat(BackupCommand.run(restoreArguments(restoredUrl, file)))
                .as("a restore over a database that is not empty")
                .isEqualTo(BackupCommand.REFUSED);
        assertThat(checksums(restoredUrl).get("case_study"))
                .as("left as it was")
                .isNotEqualTo(original.get("case_study"));

        List<String> replacing = new ArrayList<>(List.of(restoreArguments(restoredUrl, file)));
        replacing.add("--hros.restore.replace=true");
        assertThat(BackupCommand.run(replacing.toArray(String[]::new)))
                .as("asked to replace")
                .isEqualTo(BackupCommand.DONE);
        assertThat(checksums(restoredUrl)).isEqualTo(original);

        execute(restoredUrl, "drop schema public cascade");
        execute(restoredUrl, "create schema public");
        assertThat(BackupCommand.run(restoreArguments(restoredUrl, file)))
                .as("after the schema was dropped")
                .isEqualTo(BackupCommand.DONE);
        assertThat(checksums(restoredUrl)).isEqualTo(original);

        // A backup of the restored database, by its URL, holds what the first one held.
        Path again = file.resolveSibling("again.zip");
        assertThat(BackupCommand.run(
                        "--hros.backup.to=" + again,
                        "--spring.datasource.url=" + restoredUrl,
                        "--spring.datasource.username=postgres"))
                .isEqualTo(BackupCommand.DONE);
        assertThat(contentsOf(again)).isEqualTo(contentsOf(file));
    }

    @Test
    void aDamagedOrMissingBackupIsRefusedWithoutTouchingTheDatabase() throws Exception {
        String database = "refused_" + UUID.randomUUID().toString().substring(0, 8);
        execute(url("postgres"), "create database " + database);
        Path notAZip = Files.createTempFile("hros-backup", ".zip");
        Files.writeString(notAZip, "not a backup");

        assertThat(BackupCommand.run(restoreArguments(url(database), notAZip))).isEqualTo(BackupCommand.REFUSED);
        assertThat(BackupCommand.run(restoreArguments(url(database), notAZip.resolveSibling("missing.zip"))))
                .isEqualTo(BackupCommand.REFUSED);
        assertThat(BackupCommand.run("--hros.backup.to=" + notAZip.resolveSibling("no/such/folder/hros.zip")))
                .isEqualTo(BackupCommand.REFUSED);
        assertThat(checksums(url(database))).as("no table was made").isEmpty();
    }

    @Test
    void aCommunityRestoredIntoAFreshDataFolderServesTheSamePagesAndSearch() throws Exception {
        Path file = Files.createTempDirectory("hros-backup").resolve("hros.zip");
        backUpQuietly("--hros.data-dir=" + dataDir, file);
        Path runDir = Paths.get("target", "backup-restore", UUID.randomUUID().toString())
                .toAbsolutePath();
        Files.createDirectories(runDir);
        Path restoredData = runDir.resolve("data");

        assertThat(BackupCommand.run("--hros.restore.from=" + file, "--hros.data-dir=" + restoredData))
                .as("restore into a data folder with no database yet")
                .isEqualTo(BackupCommand.DONE);
        assertThat(BackupCommand.run("--hros.restore.from=" + file, "--hros.data-dir=" + restoredData))
                .as("a second restore over it")
                .isEqualTo(BackupCommand.REFUSED);
        // With no HROS running on the folder, the command starts its PostgreSQL for the backup.
        Path again = file.resolveSibling("again.zip");
        assertThat(BackupCommand.run("--hros.backup.to=" + again, "--hros.data-dir=" + restoredData))
                .isEqualTo(BackupCommand.DONE);
        assertThat(contentsOf(again)).isEqualTo(contentsOf(file));

        restoredNode = ChildHros.launch(
                "restored",
                restoredData,
                runDir,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMail.port());
        restoredNode.awaitReady(Duration.ofSeconds(150));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        String named = get(client, "/cases/" + namedCase + "/" + Slugs.slugify(namedTitle))
                .body();
        assertThat(named)
                .contains(namedTitle, author.name(), "We scored the wrong things.", "/images/" + imageId)
                .contains("We did the same with " + word);
        HttpResponse<byte[]> restoredImage = client.send(
                HttpRequest.newBuilder(restoredNode.uri("/images/" + imageId)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] originalImage = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/images/" + imageId))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(restoredImage.statusCode()).isEqualTo(200);
        assertThat(restoredImage.body()).as("the image's bytes").isEqualTo(originalImage);

        String anonymous = get(client, "/cases/" + anonymousCase + "/" + Slugs.slugify(anonymousTitle))
                .body();
        assertThat(anonymous).contains(anonymousTitle).doesNotContain(anonymousAuthor.name(), anonymousAuthor.email());

        // The index of the fresh folder is built in the background at start: search finds both cases once it is.
        HttpResponse<String> search = get(client, "/search?q=" + word);
        for (int i = 0;
                i < 300 && !(search.body().contains(namedTitle) && search.body().contains(anonymousTitle));
                i++) {
            Thread.sleep(200);
            search = get(client, "/search?q=" + word);
        }
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains(namedTitle, anonymousTitle);
        HttpResponse<String> replies = get(client, "/search?kind=discussion&q=" + word);
        assertThat(replies.body()).contains("We did the same with");
    }

    /** The tables, their columns and row counts, and the sequences a backup file lists. */
    private static String contentsOf(Path file) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
                java.io.InputStream in = zip.getInputStream(zip.getEntry(BackupManifest.ENTRY))) {
            BackupManifest manifest = BackupManifest.read(in);
            return manifest.schemaVersion() + " " + manifest.tables() + " " + manifest.sequences();
        }
    }

    /** Backs up until the database held still around the backup; returns what every table held. */
    private Map<String, String> backUpQuietly(String where, Path file) throws Exception {
        Map<String, String> before = Map.of();
        Map<String, String> after = Map.of("", "");
        for (int attempt = 0; attempt < 10 && !before.equals(after); attempt++) {
            Thread.sleep(500);
            before = checksums(url("postgres"));
            assertThat(BackupCommand.run("--hros.backup.to=" + file, where))
                    .as("the backup")
                    .isEqualTo(BackupCommand.DONE);
            after = checksums(url("postgres"));
        }
        assertThat(after).as("the database held still during a backup").isEqualTo(before);
        return before;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(restoredNode.uri(path))
                        .header("Accept", "text/html")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String upload(Person member) throws Exception {
        String page = mvc.perform(multipart("/images")
                        .file(new MockMultipartFile("file", "funnel.png", "image/png", TestImages.png(40, 30)))
                        .param("alt", "Funnel")
                        .with(user(principal(member)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = IMAGE.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), Slugs.slugify(p.name()), p.name(), MemberRole.MEMBER, true, "");
    }

    private static String[] restoreArguments(String url, Path file) {
        return new String[] {
            "--hros.restore.from=" + file, "--spring.datasource.url=" + url, "--spring.datasource.username=postgres"
        };
    }

    private String url(String database) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database);
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Each table's row count and a digest of its rows in a fixed order; Flyway's history by the versions applied (its
     * times are the restore's own), the search nodes' registrations left out as the backup leaves them out.
     */
    private static Map<String, String> checksums(String url) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                String rows = switch (table) {
                    case "hsearch_agent" -> null;
                    case "flyway_schema_history" ->
                        "select version, script, checksum, success from flyway_schema_history";
                    default -> "select * from " + table;
                };
                if (rows == null) {
                    continue;
                }
                try (ResultSet rs = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text, E'\\n'"
                        + " order by t::text)), '') from (" + rows + ") t")) {
                    rs.next();
                    sums.put(table, rs.getLong(1) + " " + rs.getString(2));
                }
            }
            // And where each sequence stands, so that the next row gets the id it would have got.
            try (ResultSet rs = statement.executeQuery(
                    "select sequencename, last_value from pg_sequences where schemaname = 'public'")) {
                while (rs.next()) {
                    sums.put("sequence " + rs.getString(1), String.valueOf(rs.getObject(2)));
                }
            }
        }
        return sums;
    }
}
