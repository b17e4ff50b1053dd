package org.hros.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hros.support.ChildHros;
import org.hros.support.ChildHros.ChildSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The database's bad moments, for real: HROS runs in a child JVM on its embedded PostgreSQL while members save cases
 * from a few threads. The postmaster and its children are stopped with SIGSTOP (a stall): pages must answer 503 within
 * 2 s and serve again within 5 s of SIGCONT. Then the postmaster is killed with SIGKILL: HROS must start it again and
 * serve within 10 s, and every case acknowledged to a writer must be in the database. A second HROS on the folder must
 * give up within 5 s in one line, and HROS must stop within 10 s while its database is stalled. The figures are
 * printed with {@code [fault]}.
 *
 * <p>About a minute and a half; run it with {@code ./mvnw test -Dtest=DatabaseFaultTests -Dsurefire.excludedGroups=}
 * (or {@code -Pbench}). Child output goes to {@code target/fault-tests/<run>/}.
 */
@Tag("slow")
class DatabaseFaultTests {

    private static final String ADMIN_EMAIL = "fault@test.example";
    private static final String ADMIN_PASSWORD = "database-fault-password";
    private static final Duration STALL = Duration.ofSeconds(15);
    private static final int WRITERS = 3;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final List<ChildHros> started = new ArrayList<>();
    private final Set<Long> stopped = new HashSet<>();

    @AfterEach
    void cleanUp() {
        List.copyOf(stopped).forEach(pid -> signal("CONT", pid));
        started.forEach(hros -> hros.kill(true));
    }

    @Test
    void hrosSurvivesAStallAndACrashOfItsDatabaseWithoutLosingAnAcknowledgedWrite() throws Exception {
        Path runDir =
                Paths.get("target", "fault-tests", UUID.randomUUID().toString()).toAbsolutePath();
        Path dataDir = runDir.resolve("data");
        Files.createDirectories(runDir);
        ChildHros hros = launch(runDir, dataDir, "hros");
        hros.awaitReady(Duration.ofSeconds(120));
        assertThat(status(hros, "/cases")).isEqualTo(200);

        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            ChildSession session = hros.login(ADMIN_EMAIL, ADMIN_PASSWORD);
            String csrf = session.csrf("/write/case-study");
            int writer = i;
            Thread thread = new Thread(() -> write(session, csrf, writer, writing, acknowledged, refused));
            thread.start();
            writers.add(thread);
        }
        Thread.sleep(2_000);
        int beforeStall = acknowledged.size();

        // A stall: the postmaster and every backend stop answering, nothing dies.
        long postmaster = postmasterPid(dataDir);
        List<Long> stalled = withChildren(postmaster);
        stalled.forEach(pid -> signal("STOP", pid));
        long stallBegan = System.nanoTime();
        Thread.sleep(1_000); // requests already in flight wait for their statement's limit; new ones must not
        long slowest = 0;
        int pages = 0;
        while (System.nanoTime() - stallBegan < STALL.toNanos()) {
            long begin = System.nanoTime();
            int status = status(hros, "/cases");
            long took = (System.nanoTime() - begin) / 1_000_000;
            assertThat(status).as("a page while the database is stalled").isEqualTo(503);
            slowest = Math.max(slowest, took);
            pages++;
            Thread.sleep(200);
        }
        assertThat(status(hros, "/actuator/health/readiness")).isEqualTo(503);
        assertThat(status(hros, "/actuator/health/liveness")).isEqualTo(200);
        stalled.forEach(pid -> signal("CONT", pid));
        long recovery = awaitServing(hros, Duration.ofSeconds(5));
        log(
                "stall of %d s: %d pages, all 503, slowest %d ms; serving again %d ms after SIGCONT",
                STALL.toSeconds(), pages, slowest, recovery);

        // A crash: the postmaster dies; HROS starts it again and PostgreSQL recovers from its write-ahead log.
        Thread.sleep(2_000);
        int beforeCrash = acknowledged.size();
        long crashed = postmasterPid(dataDir);
        ProcessHandle.of(crashed).ifPresent(ProcessHandle::destroyForcibly);
        long back = awaitServing(hros, Duration.ofSeconds(10));
        long restarted = postmasterPid(dataDir);
        assertThat(restarted).isNotEqualTo(crashed);
        log("postmaster %d killed; serving again after %d ms on postmaster %d", crashed, back, restarted);
        assertThat(status(hros, "/actuator/health/liveness")).isEqualTo(200);
        assertThat(status(hros, "/actuator/health/readiness")).isEqualTo(200);
        Thread.sleep(3_000);
        writing.set(false);
        for (Thread writer : writers) {
            writer.join(30_000);
        }
        assertThat(acknowledged.size())
                .as("writes acknowledged after the crash")
                .isGreaterThan(beforeCrash);
        Set<String> stored = storedTitles(dataDir);
        List<String> lost =
                acknowledged.stream().filter(t -> !stored.contains(t)).toList();
        log(
                "writes: %d acknowledged (%d before the stall, %d before the crash), %d refused with 503, %d stored,"
                        + " %d lost",
                acknowledged.size(), beforeStall, beforeCrash, refused.get(), stored.size(), lost.size());
        assertThat(lost).as("acknowledged cases missing from the database").isEmpty();

        // A second HROS on the same folder gives up at once, in one line.
        long begin = System.nanoTime();
        ChildHros intruder = launch(runDir, dataDir, "intruder");
        assertThat(intruder.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        long refusedAfter = (System.nanoTime() - begin) / 1_000_000;
        List<String> intruderLog = Files.readAllLines(intruder.logFile());
        log("second HROS refused after %d ms with %d line(s) of output", refusedAfter, intruderLog.size());
        assertThat(intruder.process().exitValue()).isEqualTo(DataFolderGuard.IN_USE);
        assertThat(intruderLog).anyMatch(line -> line.contains("in use by another running HROS"));
        assertThat(intruderLog.stream().filter(line -> line.startsWith("\tat ")))
                .isEmpty();
        assertThat(refusedAfter).isLessThanOrEqualTo(5_000);
        assertThat(status(hros, "/cases")).isEqualTo(200);

        // Stopping while the database is stalled.
        List<Long> stalledAgain = withChildren(postmasterPid(dataDir));
        stalledAgain.forEach(pid -> signal("STOP", pid));
        long stopBegan = System.nanoTime();
        hros.process().destroy();
        boolean exited = hros.process().waitFor(30, TimeUnit.SECONDS);
        long stopTook = (System.nanoTime() - stopBegan) / 1_000_000;
        stalledAgain.forEach(pid -> signal("CONT", pid));
        log("stopped with the database stalled in %d ms", stopTook);
        assertThat(exited).isTrue();
        assertThat(stopTook).isLessThanOrEqualTo(10_000);

        List<String> lines = Files.readAllLines(hros.logFile());
        long outageLines = lines.stream()
                .filter(line -> line.contains("Database unavailable"))
                .count();
        long stackLines =
                lines.stream().filter(line -> line.startsWith("\tat ")).count();
        log("log: %d lines in all, %d outage lines, %d stack trace lines", lines.size(), outageLines, stackLines);
        assertThat(outageLines).isPositive().isLessThanOrEqualTo(10);
        assertThat(slowest).as("slowest 503 during the stall, ms").isLessThanOrEqualTo(2_000);
    }

    private static void write(
            ChildSession session,
            String csrf,
            int writer,
            AtomicBoolean writing,
            ConcurrentLinkedQueue<String> acknowledged,
            AtomicInteger refused) {
        int n = 0;
        while (writing.get()) {
            String title = "Fault writer " + writer + " case " + n++ + " " + UUID.randomUUID();
            try {
                HttpResponse<String> response =
                        session.post("/cases", "type", "CASE_STUDY", "title", title, "_csrf", csrf);
                String location = response.headers().firstValue("Location").orElse("");
                if (response.statusCode() == 302 && location.matches(".*/my/cases/\\d+$")) {
                    acknowledged.add(title);
                } else {
                    refused.incrementAndGet();
                }
                Thread.sleep(150);
            } catch (Exception e) {
                refused.incrementAndGet();
            }
        }
    }

    private long awaitServing(ChildHros hros, Duration within) throws Exception {
        long begin = System.nanoTime();
        while (System.nanoTime() - begin < within.toNanos()) {
            if (status(hros, "/cases") == 200) {
                return (System.nanoTime() - begin) / 1_000_000;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("HROS did not serve again within " + within + "\n" + hros.logTail());
    }

    private int status(ChildHros hros, String path) throws Exception {
        try {
            return http.send(
                            HttpRequest.newBuilder(hros.uri(path))
                                    .header("Accept", path.startsWith("/actuator") ? "*/*" : "text/html")
                                    .timeout(Duration.ofSeconds(20))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private ChildHros launch(Path runDir, Path dataDir, String name) throws IOException {
        ChildHros hros = ChildHros.launch(
                name,
                dataDir,
                runDir,
                "--hros.admin.email=" + ADMIN_EMAIL,
                "--hros.admin.password=" + ADMIN_PASSWORD,
                "--hros.rate-limit.post.requests=100000",
                "--hros.rate-limit.post-from-address.requests=100000",
                "--spring.mail.host=");
        started.add(hros);
        return hros;
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"))
                .get(0)
                .trim());
    }

    private static List<Long> withChildren(long pid) {
        List<Long> pids = new ArrayList<>();
        pids.add(pid);
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
        return pids;
    }

    private void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
            if ("STOP".equals(signal)) {
                stopped.add(pid);
            } else {
                stopped.remove(pid);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not send SIG" + signal + " to " + pid, e);
        }
    }

    private static Set<String> storedTitles(Path dataDir) throws Exception {
        List<String> opts = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
        int port = Integer.parseInt(opts.get(3).trim());
        Set<String> titles = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select title from case_study where title like 'Fault writer %'")) {
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
        }
        return titles;
    }

    private static void log(String format, Object... args) {
        System.out.println("[fault] " + String.format(format, args));
    }
}
