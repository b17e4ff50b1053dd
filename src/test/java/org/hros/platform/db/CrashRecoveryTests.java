package org.hros.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost: HROS runs as a separate process on its embedded PostgreSQL, a member saves a
 * case through the HTML form, and as soon as the redirect to the saved draft arrives both the application and
 * its postmaster are killed with SIGKILL, so neither shuts down cleanly. The next start on the same data folder
 * must come up on its own and still list every case acknowledged before each kill. At the end a second HROS
 * started on the folder in use must give up without disturbing the running one.
 *
 * <p>Child output goes to {@code target/crash-tests/<run>/hros-*.log}; the data folder is removed on success.
 */
@Tag("crash")
class CrashRecoveryTests {

    private static final String ADMIN_EMAIL = "crash@test.example";
    private static final String ADMIN_PASSWORD = "crash-recovery-password";
    private static final int KILL_CYCLES = 3;
    /** More kill cycles are run only while the whole test stays within this, so a busy machine runs fewer. */
    private static final Duration BUDGET = Duration.ofSeconds(70);

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SAVED = Pattern.compile("/my/cases/(\\d+)$");

    private final List<Hros> started = new ArrayList<>();

    @AfterEach
    void killEverythingStarted() {
        for (Hros hros : started) {
            hros.kill(true);
        }
    }

    /**
     * Every cycle saves a case, kills HROS the instant the save is acknowledged and starts it again on the same
     * folder. The first and third cycles SIGKILL the postmaster too (PostgreSQL recovers from its WAL); the second
     * leaves it running as an orphan, which the next start must stop and take the folder over from.
     */
    @Test
    void casesAcknowledgedBeforeKillNineAreThereAfterTheRestart() throws Exception {
        long begin = System.nanoTime();
        Path runDir =
                Paths.get("target", "crash-tests", UUID.randomUUID().toString()).toAbsolutePath();
        Path dataDir = runDir.resolve("data");
        Files.createDirectories(runDir);
        List<String> acknowledged = new ArrayList<>();
        Hros previous = null;
        int cycle = 0;
        do {
            Hros hros = start(runDir, dataDir, cycle);
            assertOrphanStopped(previous, hros);
            Session session = hros.login();
            assertListed(session.get("/my/cases"), acknowledged);

            String title = "Crash cycle " + cycle + " case " + UUID.randomUUID();
            long id = session.saveCase(title);
            boolean killPostmaster = cycle != 1;
            hros.kill(killPostmaster);
            acknowledged.add(title);
            log(
                    "cycle %d: case %d acknowledged, then SIGKILL to JVM %d%s",
                    cycle,
                    id,
                    hros.pid(),
                    killPostmaster ? " and postmaster " + hros.postmasterPid() : " (postmaster left running)");
            previous = hros;
            cycle++;
        } while (cycle < KILL_CYCLES && roomForAnotherStart(begin, cycle));

        Hros survivor = start(runDir, dataDir, cycle);
        assertOrphanStopped(previous, survivor);
        Session session = survivor.login();
        assertListed(session.get("/my/cases"), acknowledged);

        // A second HROS on a folder in use must not take the running one's database away.
        Hros intruder = launch(runDir, dataDir, "intruder");
        assertThat(intruder.process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                .as("a second HROS on the same folder gives up")
                .isTrue();
        assertThat(intruder.process.exitValue()).isNotZero();
        assertThat(Files.readString(intruder.logFile)).contains("in use by another running HROS");
        assertListed(session.get("/my/cases"), acknowledged);
        survivor.kill(true);
        log(
                "%d kill cycles in %d s",
                cycle, Duration.ofNanos(System.nanoTime() - begin).toSeconds());
        deleteQuietly(dataDir);
    }

    /**
     * Another cycle costs one more start on top of the final one and the second HROS turned away at the end
     * (about half a start); each start takes about the same time.
     */
    private static boolean roomForAnotherStart(long begin, int cyclesDone) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        Duration perStart = elapsed.dividedBy(cyclesDone);
        boolean room = elapsed.plus(perStart.multipliedBy(5).dividedBy(2)).compareTo(BUDGET) <= 0;
        if (!room) {
            log(
                    "stopping after %d kill cycles: %d s spent, about %d s per start",
                    cyclesDone, elapsed.toSeconds(), perStart.toSeconds());
        }
        return room;
    }

    private static void assertOrphanStopped(Hros previous, Hros current) throws IOException {
        if (previous == null || previous.postmasterKilled()) {
            return;
        }
        assertThat(ProcessHandle.of(previous.postmasterPid()).filter(ProcessHandle::isAlive))
                .as("the orphaned postmaster was stopped")
                .isEmpty();
        assertThat(current.postmasterPid()).isNotEqualTo(previous.postmasterPid());
        assertThat(Files.readString(current.logFile))
                .contains("Stopping a PostgreSQL left running by an earlier, interrupted start");
    }

    private Hros start(Path runDir, Path dataDir, int n) throws Exception {
        long begin = System.nanoTime();
        Hros hros = launch(runDir, dataDir, String.valueOf(n));
        hros.awaitReady();
        log("start %d: ready on port %d in %d ms", n, hros.port, (System.nanoTime() - begin) / 1_000_000);
        return hros;
    }

    private Hros launch(Path runDir, Path dataDir, String name) throws IOException {
        int port = freePort();
        Path logFile = runDir.resolve("hros-" + name + ".log");
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
        command.add("--server.port=" + port);
        command.add("--hros.data-dir=" + dataDir);
        command.add("--hros.admin.email=" + ADMIN_EMAIL);
        command.add("--hros.admin.password=" + ADMIN_PASSWORD);
        command.add("--hros.base-url=http://127.0.0.1:" + port);
        command.add("--spring.mail.host=");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        // The child must use its own embedded database, whatever the build environment points at.
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("HROS_"));
        Hros hros = new Hros(builder.start(), port, dataDir, logFile);
        started.add(hros);
        return hros;
    }

    /**
     * The surefire class path without the test classes: the child runs the application as an operator would, and
     * must not pick up test configuration (the test mail server, fixtures) through component scanning.
     */
    private static String applicationClassPath() {
        Path testClasses = Paths.get("target", "test-classes").toAbsolutePath();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !Paths.get(entry).toAbsolutePath().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static void assertListed(String myCases, List<String> titles) {
        for (String title : titles) {
            assertThat(myCases)
                    .as("My cases lists a case acknowledged before a kill")
                    .contains(title);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[crash] " + String.format(format, args));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Leftovers under target/ go with the next clean; the logs beside it are kept.
        }
    }

    /** One HROS process and the PostgreSQL it started. */
    private static final class Hros {

        private final Process process;
        private final int port;
        private final Path dataDir;
        private final Path logFile;
        private final HttpClient probe =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private Long postmasterPid;
        private boolean killed;
        private boolean postmasterKilled;

        Hros(Process process, int port, Path dataDir, Path logFile) {
            this.process = process;
            this.port = port;
            this.dataDir = dataDir;
            this.logFile = logFile;
        }

        long pid() {
            return process.pid();
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        void awaitReady() throws Exception {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("HROS exited with " + process.exitValue() + " before it was ready:\n" + logTail());
                }
                try {
                    HttpResponse<String> health = probe.send(
                            HttpRequest.newBuilder(uri("/actuator/health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                        postmasterPid = readPostmasterPid();
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // keep polling
                }
                Thread.sleep(200);
            }
            fail("HROS was not UP within " + START_TIMEOUT + ":\n" + logTail());
        }

        long postmasterPid() {
            return postmasterPid;
        }

        /** The postmaster's pid, the first line of its lock file. */
        long readPostmasterPid() throws IOException {
            List<String> lines = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
            return Long.parseLong(lines.get(0).trim());
        }

        Session login() throws Exception {
            Session session = new Session(this);
            String csrf = session.csrf("/login");
            HttpResponse<String> response =
                    session.post("/login", form("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD, "_csrf", csrf));
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
                fail("Login failed: " + response.statusCode() + " to " + location + "\n" + logTail());
            }
            return session;
        }

        boolean postmasterKilled() {
            return postmasterKilled;
        }

        /**
         * SIGKILL for the JVM and, if asked, for its postmaster: no shutdown hook or checkpoint gets to run. A
         * postmaster left running is an orphan, as after an out-of-memory kill of the JVM alone.
         */
        void kill(boolean alsoPostmaster) {
            if (!killed) {
                killed = true;
                process.destroyForcibly();
            }
            Optional<ProcessHandle> postmaster = Optional.empty();
            if (alsoPostmaster && !postmasterKilled) {
                postmasterKilled = true;
                try {
                    long pid = postmasterPid != null ? postmasterPid : readPostmasterPid();
                    postmaster = ProcessHandle.of(pid)
                            .filter(p -> p.info()
                                    .command()
                                    .map(c -> c.endsWith("postgres"))
                                    .orElse(false));
                } catch (IOException | RuntimeException noLockFile) {
                    // the database never started
                }
                postmaster.ifPresent(ProcessHandle::destroyForcibly);
            }
            try {
                process.waitFor(30, TimeUnit.SECONDS);
                if (postmaster.isPresent()) {
                    postmaster.get().onExit().get(30, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                throw new IllegalStateException("A killed process did not exit", e);
            }
        }

        String logTail() {
            try {
                List<String> lines = Files.readAllLines(logFile);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }

    /** A browser-like client: cookies kept, redirects not followed. */
    private static final class Session {

        private final Hros hros;
        private final HttpClient client;

        Session(Hros hros) {
            this.hros = hros;
            this.client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        String get(String path) throws Exception {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(hros.uri(path))
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

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(hros.uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Saves a new case study draft through the form; the redirect to it is the acknowledgement. */
        long saveCase(String title) throws Exception {
            String csrf = csrf("/write/case-study");
            HttpResponse<String> response = post("/cases", form("type", "CASE_STUDY", "title", title, "_csrf", csrf));
            String location = response.headers().firstValue("Location").orElse("");
            Matcher m = SAVED.matcher(location);
            if (response.statusCode() != 302 || !m.find()) {
                fail("Saving was not acknowledged: " + response.statusCode() + " to '" + location + "'\n"
                        + response.body());
            }
            return Long.parseLong(m.group(1));
        }
    }

    private static String form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
