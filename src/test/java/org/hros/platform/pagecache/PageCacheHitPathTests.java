package org.hros.platform.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.platform.web.ContentSecurityPolicy;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.StatementCounter;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * A kept page is answered ahead of every other filter, without observation, session, security context or database,
 * over a kept-alive connection that Tomcat does not close after its default hundred requests; what it sends holds
 * nothing tied to one reader.
 */
class PageCacheHitPathTests extends IntegrationTestBase {

    @LocalServerPort
    int port;

    private String publishedCasePath(String title) throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.published(
                author, fixtures.member(MemberRole.EDITOR), title, Outcome.FAILURE, Topic.of("sourcing"));
        return mvc.perform(get("/cases/" + id)).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void aHitSkipsObservationTheSessionAndSecurityFiltersAndTheDatabase() throws Exception {
        String path = publishedCasePath("Referral bonuses nobody claimed");

        MvcResult[] miss = new MvcResult[1];
        long missStatements =
                StatementCounter.count(() -> miss[0] = mvc.perform(get(path)).andReturn());
        assertThat(miss[0].getResponse().getHeader(PageCacheFilter.RESULT_HEADER))
                .isEqualTo("miss");
        assertThat(missStatements).as("a render reads the library").isPositive();
        assertThat(miss[0].getRequest().getAttribute(ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE))
                .as("a render passes the observation filter, and the session and security filters after it")
                .isNotNull();

        MvcResult[] hit = new MvcResult[1];
        long hitStatements =
                StatementCounter.count(() -> hit[0] = mvc.perform(get(path)).andReturn());
        assertThat(hit[0].getResponse().getHeader(PageCacheFilter.RESULT_HEADER))
                .isEqualTo("hit");
        assertThat(hit[0].getResponse().getContentAsByteArray())
                .isEqualTo(miss[0].getResponse().getContentAsByteArray());
        assertThat(hitStatements).as("statements a hit sends").isZero();
        assertThat(hit[0].getRequest().getAttribute(ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE))
                .as("a hit is answered ahead of the observation filter, the first of all the others")
                .isNull();

        String listing = "/cases?outcome=failure&topic=sourcing";
        mvc.perform(get(listing));
        MvcResult[] listingHit = new MvcResult[1];
        assertThat(StatementCounter.count(
                        () -> listingHit[0] = mvc.perform(get(listing)).andReturn()))
                .as("a kept listing never reaches its page of cards in SQL nor its facet counts")
                .isZero();
        assertThat(listingHit[0].getResponse().getHeader(PageCacheFilter.RESULT_HEADER))
                .isEqualTo("hit");
        assertThat(listingHit[0].getResponse().getContentAsString()).contains("Referral bonuses nobody claimed");
    }

    @Test
    void aKeptPageCarriesNoNonceNoTokenAndNoCookie() throws Exception {
        String path = publishedCasePath("Careers site copy written by committee");
        mvc.perform(get(path));
        MockHttpServletResponse kept = mvc.perform(get(path)).andReturn().getResponse();

        assertThat(kept.getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("hit");
        assertThat(kept.getHeader("Content-Security-Policy"))
                .as("a policy without nonces, the same for every reader")
                .isEqualTo(ContentSecurityPolicy.SITE)
                .doesNotContain("nonce-");
        assertThat(kept.getContentAsString())
                .doesNotContain("nonce=")
                .doesNotContain("name=\"_csrf\"")
                .doesNotContain("csrf-token");
        assertThat(kept.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void overHttpHitsAreTheRenderedBytesOnOneConnectionKeptForMoreThanAHundredRequests() throws Exception {
        String path = publishedCasePath("Assessment centres that filtered out our best hires");
        byte[] rendered = mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String etag = null;
            for (int i = 1; i <= 150; i++) {
                out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Response response = Response.read(in);
                assertThat(response.status()).as("request %d", i).isEqualTo(200);
                assertThat(response.headers().get("connection"))
                        .as("request %d is not the connection's last", i)
                        .isNull();
                assertThat(response.body()).as("request %d", i).isEqualTo(rendered);
                if (i > 1) {
                    assertThat(response.headers().get("x-page-cache")).isEqualTo("hit");
                }
                etag = response.headers().get("etag");
            }
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: " + etag + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Response notModified = Response.read(in);
            assertThat(notModified.status()).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
            assertThat(notModified.headers()).containsEntry("etag", etag).containsKey("last-modified");
        }
    }

    @Test
    void overHttpABrowserThatTakesGzipGetsThePageCompressedOnceWithAWeakTag() throws Exception {
        String path = publishedCasePath("Employer brand videos that only our recruiters watched");
        byte[] rendered = mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
        assertThat(rendered.length).as("big enough to compress").isGreaterThan(2048);

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: br, gzip;q=0.8\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Response gzipped = Response.read(in);
            assertThat(gzipped.status()).isEqualTo(200);
            assertThat(gzipped.headers())
                    .containsEntry("x-page-cache", "hit")
                    .containsEntry("content-encoding", "gzip")
                    .containsEntry("vary", PageCacheFilter.VARY_WITH_ENCODING);
            assertThat(gzipped.body().length).isLessThan(rendered.length / 2);
            try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                assertThat(unzipped.readAllBytes())
                        .as("the kept page, uncompressed")
                        .isEqualTo(rendered);
            }
            String weakTag = gzipped.headers().get("etag");
            assertThat(weakTag).isEqualTo("W/" + CachedPage.etagOf(rendered));

            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\nIf-None-Match: "
                            + weakTag + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(Response.read(in).status()).isEqualTo(304);

            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip;q=0, identity\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Response plain = Response.read(in);
            assertThat(plain.headers()).doesNotContainKey("content-encoding");
            assertThat(plain.headers().get("etag")).isEqualTo(CachedPage.etagOf(rendered));
            assertThat(plain.body()).isEqualTo(rendered);
        }
    }

    /** One HTTP/1.1 response read off a socket: status, headers (lower-case names) and a body of Content-Length. */
    private record Response(int status, Map<String, String> headers, byte[] body) {

        static Response read(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            int length = status == 304 ? 0 : Integer.parseInt(headers.get("content-length"));
            return new Response(status, headers, in.readNBytes(length));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection closed");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }
    }
}
