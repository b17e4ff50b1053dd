package org.hros.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.export.domain.OpenData;
import org.hros.export.domain.OpenDataInfo;
import org.hros.export.domain.OpenDataJobs;
import org.hros.member.MemberRole;
import org.hros.shared.Slugs;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The open-data dump: every published case as a JSON line and a Markdown file, credited exactly as its page credits
 * it, served at /open-data with an entity tag, rebuilt by a locked job, and without a case once it is withdrawn.
 */
class OpenDataTests extends IntegrationTestBase {

    static final String DOWNLOAD = "/open-data/" + OpenData.FILE_NAME;

    @Autowired
    OpenData openData;

    @Autowired
    OpenDataJobs jobs;

    @Autowired
    JdbcClient jdbc;

    /** The jobs hold their lock 30 seconds after a run; each call here is a new moment, as on a real schedule. */
    @org.junit.jupiter.api.BeforeEach
    void noNodeHoldsTheJob() {
        releaseTheLock();
    }

    @Test
    void everyPublishedCaseIsADumpLineAndAMarkdownFileCreditedAsOnItsPage() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person named = fixtures.member(MemberRole.MEMBER);
        Person roleOnly = fixtures.member(MemberRole.MEMBER);
        Person anonymous = fixtures.member(MemberRole.MEMBER);
        long namedCase = publish(named, editor, "Named dump case " + key, AttributionMode.NAMED);
        long roleCase = publish(roleOnly, editor, "Role-only dump case " + key, AttributionMode.ROLE_ONLY);
        long anonymousCase = publish(anonymous, editor, "Anonymous dump case " + key, AttributionMode.ANONYMOUS);
        long draft = fixtures.draft(named, "Unpublished dump draft " + key, Outcome.FAILURE, Topic.of("sourcing"));

        OpenDataInfo info = openData.rebuild();
        Map<String, String> zip = ZipEntries.read(download().getContentAsByteArray());

        assertThat(zip.keySet()).first().isEqualTo("README.md");
        assertThat(zip.keySet())
                .contains(
                        "cases.jsonl",
                        markdownPath(namedCase, "Named dump case " + key),
                        markdownPath(roleCase, "Role-only dump case " + key),
                        markdownPath(anonymousCase, "Anonymous dump case " + key));
        List<String> lines = Arrays.asList(zip.get("cases.jsonl").split("\n"));
        assertThat(lines).hasSize(info.cases());
        assertThat(zip.get("cases.jsonl")).doesNotContain("Unpublished dump draft " + key);
        assertThat(zip.keySet()).noneMatch(name -> name.startsWith("cases/" + draft));

        String namedLine = line(lines, namedCase);
        assertThat(JsonPath.<String>read(namedLine, "$.attribution.mode")).isEqualTo("named");
        assertThat(JsonPath.<String>read(namedLine, "$.attribution.shownAs")).isEqualTo(named.name());
        assertThat(JsonPath.<String>read(namedLine, "$.attribution.profile")).endsWith("/members/" + handle(named));
        assertThat(JsonPath.<String>read(namedLine, "$.licence.name")).isEqualTo("CC BY 4.0");
        assertThat(JsonPath.<String>read(namedLine, "$.licence.url"))
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(JsonPath.<String>read(namedLine, "$.outcome")).isEqualTo("failure");
        assertThat(JsonPath.<List<String>>read(namedLine, "$.topics"))
                .containsExactly(Topic.of("sourcing").slug());
        assertThat(JsonPath.<String>read(namedLine, "$.url"))
                .endsWith("/cases/" + namedCase + "/" + Slugs.slugify("Named dump case " + key));
        assertThat(JsonPath.<String>read(namedLine, "$.sections.summary"))
                .isEqualTo("Text for **summary** of Named dump case " + key + ".");
        assertThat(JsonPath.<String>read(namedLine, "$.firstPublishedAt")).isNotBlank();

        String roleLine = line(lines, roleCase);
        assertThat(JsonPath.<String>read(roleLine, "$.attribution.mode")).isEqualTo("role-only");
        assertThat(JsonPath.<String>read(roleLine, "$.attribution.shownAs"))
                .isEqualTo("Talent lead · retail · 201–500 staff");
        assertThat(zip.get(markdownPath(roleCase, "Role-only dump case " + key)))
                .contains("- By: Talent lead · retail · 201–500 staff");

        String anonymousLine = line(lines, anonymousCase);
        assertThat(JsonPath.<String>read(anonymousLine, "$.attribution.mode")).isEqualTo("anonymous");
        assertThat(JsonPath.<String>read(anonymousLine, "$.attribution.shownAs"))
                .isEqualTo("A member");
        assertThat(JsonPath.<String>read(anonymousLine, "$.firstPublishedAt"))
                .as("an unnamed case tells the day only")
                .endsWith("T00:00:00Z");
        assertThat(zip.get(markdownPath(anonymousCase, "Anonymous dump case " + key)))
                .startsWith("# Anonymous dump case " + key)
                .contains("- By: A member", "- Licence: CC BY 4.0", "## What we got wrong");

        for (Person unnamed : List.of(roleOnly, anonymous)) {
            zip.forEach((name, text) -> assertThat(text)
                    .as(name)
                    .doesNotContain(unnamed.name(), unnamed.email(), handle(unnamed), company(unnamed)));
        }
    }

    @Test
    void aWithdrawnCaseLeavesTheDumpAtTheNextRefreshWithinMinutes() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = publish(author, editor, "Soon withdrawn dump case " + key, AttributionMode.ANONYMOUS);
        openData.rebuild();
        assertThat(dumpText()).contains("Soon withdrawn dump case " + key);

        jobs.refreshOnSchedule();
        releaseTheLock();
        assertThat(dumpText()).as("nothing left the library: no rebuild needed").contains(key);

        clock.advance(java.time.Duration.ofSeconds(1));
        fixtures.authoring().withdraw(author.id(), id);
        assertThat(openData.stale()).isTrue();
        jobs.refreshOnSchedule();
        assertThat(dumpText()).doesNotContain("Soon withdrawn dump case " + key);
    }

    @Test
    void theDailyJobDoesNotRunWhileAnotherNodeHoldsItsLock() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        openData.rebuild();
        publish(author, editor, "Locked job dump case " + key, AttributionMode.NAMED);
        jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by)"
                        + " values ('open-data-dump', now() + interval '10 minutes', now(), 'another-node')"
                        + " on conflict (name) do update set lock_until = excluded.lock_until,"
                        + " locked_at = excluded.locked_at, locked_by = excluded.locked_by")
                .update();
        try {
            jobs.rebuildOnSchedule();
            assertThat(dumpText()).as("while another node holds the job").doesNotContain(key);
        } finally {
            releaseTheLock();
        }
        jobs.rebuildOnSchedule();
        assertThat(dumpText()).as("once its lock has ended").contains("Locked job dump case " + key);
    }

    @Test
    void theDownloadCarriesItsEntityTagAndANewDumpANewOne() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        publish(author, editor, "Entity tag dump case " + UUID.randomUUID(), AttributionMode.NAMED);
        OpenDataInfo info = openData.rebuild();

        MockHttpServletResponse first = download();
        assertThat(first.getContentType()).isEqualTo("application/zip");
        assertThat(first.getHeader("ETag")).isEqualTo(info.etag());
        assertThat(first.getHeader("Last-Modified")).isNotBlank();
        assertThat(first.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"hros-open-data.zip\"");
        assertThat(first.getContentAsByteArray()).hasSize((int) info.sizeBytes());

        MockHttpServletResponse again = mvc.perform(get(DOWNLOAD).header("If-None-Match", info.etag()))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        MockHttpServletResponse since = mvc.perform(
                        get(DOWNLOAD).header("If-Modified-Since", first.getHeader("Last-Modified")))
                .andReturn()
                .getResponse();
        assertThat(since.getStatus()).isEqualTo(304);

        publish(author, editor, "Entity tag dump case, the next " + UUID.randomUUID(), AttributionMode.NAMED);
        clock.advance(java.time.Duration.ofMinutes(1));
        OpenDataInfo next = openData.rebuild();
        assertThat(next.etag()).isNotEqualTo(info.etag());
        MockHttpServletResponse changed = mvc.perform(get(DOWNLOAD).header("If-None-Match", info.etag()))
                .andReturn()
                .getResponse();
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isEqualTo(next.etag());
    }

    @Test
    void thePageExplainsTheLicencesAndFormatsAndTheFooterLinksToIt() throws Exception {
        OpenDataInfo info = openData.rebuild();
        MockHttpServletResponse page =
                mvc.perform(get("/open-data")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("href=\"" + DOWNLOAD + "\"", info.sha256(), info.cases() + " cases")
                .contains(
                        "cases.jsonl",
                        "CC BY 4.0",
                        "CC BY-SA 4.0",
                        "CC BY-NC 4.0",
                        "every published case is in the dump");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .contains("href=\"/open-data\"");
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
                .contains("/open-data</loc>");
    }

    private void releaseTheLock() {
        jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = 'open-data-dump'")
                .update();
    }

    private long publish(Person author, Person editor, String title, AttributionMode mode) {
        long id = fixtures.authoring()
                .createDraft(
                        author.id(), TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("sourcing"), mode));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    private MockHttpServletResponse download() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(DOWNLOAD)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private String dumpText() throws Exception {
        return String.join(
                "\n", ZipEntries.read(download().getContentAsByteArray()).values());
    }

    private static String line(List<String> lines, long caseId) {
        return lines.stream()
                .filter(l -> JsonPath.<Number>read(l, "$.id").longValue() == caseId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line for case " + caseId));
    }

    private static String markdownPath(long id, String title) {
        return "cases/" + id + "-" + Slugs.slugify(title) + ".md";
    }

    private static String handle(Person p) {
        return Slugs.slugify(p.name());
    }

    private static String company(Person p) {
        return "Canary Corp "
                + p.email().substring(p.email().indexOf('-') + 1, p.email().indexOf('@'));
    }
}
