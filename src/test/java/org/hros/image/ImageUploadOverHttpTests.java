package org.hros.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads through the real server (Tomcat's multipart parsing, the body limits, CSRF in a multipart form), as a
 * browser without JavaScript sends them.
 */
class ImageUploadOverHttpTests extends IntegrationTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----hros-test-boundary";

    @LocalServerPort
    int port;

    HttpClient client;

    @BeforeEach
    void signIn() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String token = csrf(get("/login").body());
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token) + "&email="
                                + enc(member.email()) + "&password=" + enc(TestFixtures.PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void aPlainFormUploadShowsTheMarkdownAndTheImageIsServed() throws Exception {
        HttpResponse<String> page =
                upload(TestImages.jpegWithSecrets("Ada Canary", "ada@x.example", "SN-1"), "A chart");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("!\\[A chart]\\((/images/[0-9a-f]{32})\\)").matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();

        HttpResponse<byte[]> image =
                client.send(HttpRequest.newBuilder(uri(m.group(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(image.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
        assertThat(TestImages.contains(image.body(), "Ada Canary")).isFalse();
    }

    @Test
    void aFileOverTheLimitGetsTheFieldsMessageAndAHugeBodyA413() throws Exception {
        byte[] tooLarge = TestImages.concat(TestImages.png(10, 10), new byte[8 * 1024 * 1024 + 100_000]);
        HttpResponse<String> page = upload(tooLarge, "Too large");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("larger than 8 MB");

        byte[] huge = TestImages.concat(TestImages.png(10, 10), new byte[12 * 1024 * 1024]);
        assertThat(upload(huge, "Huge").statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> upload(byte[] file, String alt) throws Exception {
        String token = csrf(get("/images/new").body());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, "_csrf", null, token.getBytes(StandardCharsets.UTF_8));
        part(body, "alt", null, alt.getBytes(StandardCharsets.UTF_8));
        part(body, "file", "IMG_0001.jpg", file);
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return client.send(
                HttpRequest.newBuilder(uri("/images"))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void part(ByteArrayOutputStream body, String name, String filename, byte[] content) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: image/jpeg")
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1).replace("&#61;", "=").replace("&#43;", "+").replace("&#47;", "/");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
