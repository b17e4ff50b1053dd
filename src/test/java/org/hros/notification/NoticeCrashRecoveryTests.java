package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exactly once across a real crash: HROS runs as a separate process with the demo community and mail going to
 * the test SMTP server. An editor returns a submission; the instant the return is acknowledged, the application
 * and its PostgreSQL are killed with SIGKILL, before or while the review-result listener runs. After a restart on
 * the same data the author has exactly one notice and exactly one e-mail about it: the registry republished the
 * event if it was incomplete, and a second delivery adds nothing.
 *
 * <p>Child output goes to {@code target/crash-tests/<run>/notice-*.log}.
 */
@Tag("crash")
class NoticeCrashRecoveryTests {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern QUEUED = Pattern.compile("href=\"/review/(\\d+)\"");
    private static final String SUBJECT = "An editor returned your case with notes";
    private static final List<String> AUTHORS = List.of("sam@example.org", "tomas@example.org");

    private final List<Child> started = new ArrayList<>();

    @AfterEach
    void killEverythingStarted() {
        for (Child child : started) {
            child.kill();
        }
    }

    @Test
    void aReviewResultAcknowledgedBeforeKillNineIsNoticedAndMailedExactlyOnceAfterTheRestart() throws Exception {
        Path runDir =
                Paths.get("target", "crash-tests", UUID.randomUUID().toString()).toAbsolutePath();
        Path dataDir = runDir.resolve("data");
        Files.createDirectories(runDir);

        Child first = start(runDir, dataDir, "before");
        Session editor = first.login("elena@example.org", "demo-editor-password");
        long caseId = awaitSubmission(editor);
        int mailsBefore = returnedMails(caseId).size();

        editor.post("/review/" + caseId + "/claim", "_csrf", editor.csrf("/review"));
        HttpResponse<String> returned = editor.post(
                "/review/" + caseId + "/return",
                "message",
                "Please add what the candidates said.",
                "_csrf",
                editor.csrf("/review/" + caseId));
        assertThat(returned.statusCode()).as("the return is acknowledged").isEqualTo(302);
        first.kill();
        log(
                "case %d returned; the application and its database were killed at once, %s",
                caseId,
                returnedMails(caseId).size() > mailsBefore
                        ? "after its mail was sent"
                        : "before its mail was sent (the restart must deliver it)");

        Child second = start(runDir, dataDir, "after");
        List<MimeMessage> mails = awaitReturnedMails(caseId, mailsBefore + 1);
        assertThat(mails).as("mails about the return:\n" + allMails()).hasSize(mailsBefore + 1);

        int notices = 0;
        for (String author : AUTHORS) {
            String page = second.login(author, "demo-member-password").get("/notifications");
            notices += page.split(Pattern.quote(SUBJECT), -1).length - 1;
        }
        assertThat(notices).as("notices about the return, for its author").isEqualTo(1);
        // Everything the restart republished has been handled; nothing more is on its way.
        Session again = second.login("elena@example.org", "demo-editor-password");
        again.get("/notifications");
        assertThat(returnedMails(caseId)).hasSize(mailsBefore + 1);
        second.kill();
    }

    private static long awaitSubmission(Session editor) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = QUEUED.matcher(editor.get("/review"));
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
            Thread.sleep(500);
        }
        return fail("The demo submissions never reached the review queue");
    }

    /** Mails about returning this case to its author, whatever address the base URL had. */
    private static List<MimeMessage> returnedMails(long caseId) {
        List<MimeMessage> found = new ArrayList<>();
        for (String author : AUTHORS) {
            for (MimeMessage mail : TestMail.to(author, 0)) {
                try {
                    String text = TestMail.text(mail);
                    if (SUBJECT.equals(mail.getSubject())
                            && text != null
                            && Pattern.compile("/my/cases/" + caseId + "\\s")
                                    .matcher(text)
                                    .find()) {
                        found.add(mail);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return found;
    }

    private static String allMails() {
        StringBuilder all = new StringBuilder();
        for (String author : AUTHORS) {
            for (MimeMessage mail : TestMail.to(author, 0)) {
                try {
                    all.append(author).append(": ").append(mail.getSubject()).append('\n');
                    all.append(TestMail.text(mail)).append('\n');
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return all.toString();
    }

    private static List<MimeMessage> awaitReturnedMails(long caseId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        List<MimeMessage> mails = returnedMails(caseId);
        while (mails.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            mails = returnedMails(caseId);
        }
        return mails;
    }

    private Child start(Path runDir, Path dataDir, String name) throws Exception {
        int port = freePort();
        Path logFile = runDir.resolve("notice-" + name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        if (Runtime.version().feature() >= 24) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("-cp");
        command.add(applicationClassPath());
        command.add("org.hros.HrosApplication");
        command.add("--spring.profiles.active=demo");
        command.add("--server.port=" + port);
        command.add("--hros.data-dir=" + dataDir);
        command.add("--hros.base-url=http://127.0.0.1:" + port);
        command.add("--spring.mail.host=127.0.0.1");
        command.add("--spring.mail.port=" + TestMail.port());
        command.add("--hros.notifications.send-interval=2s");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("HROS_"));
        Child child = new Child(builder.start(), port, dataDir, logFile);
        started.add(child);
        child.awaitReady();
        return child;
    }

    /** The surefire class path without the test classes, as an operator would run HROS. */
    private static String applicationClassPath() {
        Path testClasses = Paths.get("target", "test-classes").toAbsolutePath();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !Paths.get(entry).toAbsolutePath().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[crash] " + String.format(format, args));
    }

    /** One HROS process and the PostgreSQL it started. */
    private static final class Child {

        private final Process process;
        private final int port;
        private final Path dataDir;
        private final Path logFile;
        private boolean killed;

        Child(Process process, int port, Path dataDir, Path logFile) {
            this.process = process;
            this.port = port;
            this.dataDir = dataDir;
            this.logFile = logFile;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        void awaitReady() throws Exception {
            HttpClient probe = HttpClient.newBuilder().build();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("HROS exited before it was ready:\n" + Files.readString(logFile));
                }
                try {
                    HttpResponse<String> health = probe.send(
                            HttpRequest.newBuilder(uri("/actuator/health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // keep polling
                }
                Thread.sleep(200);
            }
            fail("HROS was not UP within " + START_TIMEOUT);
        }

        Session login(String email, String password) throws Exception {
            Session session = new Session(this);
            HttpResponse<String> response =
                    session.post("/login", "email", email, "password", password, "_csrf", session.csrf("/login"));
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
                fail("Login failed for " + email + ": " + response.statusCode() + " to " + location);
            }
            return session;
        }

        /** SIGKILL for the JVM and its postmaster: no shutdown hook, no checkpoint. */
        void kill() {
            if (killed) {
                return;
            }
            killed = true;
            Optional<ProcessHandle> postmaster = Optional.empty();
            try {
                long pid =
                        Long.parseLong(Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"))
                                .get(0)
                                .trim());
                postmaster = ProcessHandle.of(pid)
                        .filter(p -> p.info()
                                .command()
                                .map(c -> c.endsWith("postgres"))
                                .orElse(false));
            } catch (IOException | RuntimeException noDatabase) {
                // never started
            }
            process.destroyForcibly();
            postmaster.ifPresent(ProcessHandle::destroyForcibly);
            try {
                process.waitFor(30, TimeUnit.SECONDS);
                if (postmaster.isPresent()) {
                    postmaster.get().onExit().get(30, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                throw new IllegalStateException("A killed process did not exit", e);
            }
        }
    }

    /** A browser-like client: cookies kept, redirects not followed. */
    private static final class Session {

        private final Child child;
        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        Session(Child child) {
            this.child = child;
        }

        String get(String path) throws Exception {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(child.uri(path))
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return response.body();
        }

        String csrf(String path) throws Exception {
            Matcher m = CSRF.matcher(get(path));
            if (!m.find()) {
                fail("No CSRF token on " + path);
            }
            return m.group(1);
        }

        HttpResponse<String> post(String path, String... pairs) throws Exception {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                if (form.length() > 0) {
                    form.append('&');
                }
                form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            return client.send(
                    HttpRequest.newBuilder(child.uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
