package org.hros.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hros.support.ChildHros;
import org.hros.support.ChildHros.ChildSession;
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
    private static final Pattern SAVED = Pattern.compile("/my/cases/(\\d+)$");

    private final List<ChildHros> started = new ArrayList<>();

    @AfterEach
    void killEverythingStarted() {
        for (ChildHros hros : started) {
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
        ChildHros previous = null;
        int cycle = 0;
        do {
            ChildHros hros = start(runDir, dataDir, cycle);
            assertOrphanStopped(previous, hros);
            ChildSession session = hros.login(ADMIN_EMAIL, ADMIN_PASSWORD);
            assertListed(session.get("/my/cases"), acknowledged);

            String title = "Crash cycle " + cycle + " case " + UUID.randomUUID();
            long id = saveCase(session, title);
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

        ChildHros survivor = start(runDir, dataDir, cycle);
        assertOrphanStopped(previous, survivor);
        ChildSession session = survivor.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertListed(session.get("/my/cases"), acknowledged);

        // A second HROS on a folder in use must not take the running one's database away.
        ChildHros intruder = launch(runDir, dataDir, "intruder");
        assertThat(intruder.process().waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                .as("a second HROS on the same folder gives up")
                .isTrue();
        assertThat(intruder.process().exitValue()).isNotZero();
        assertThat(Files.readString(intruder.logFile())).contains("in use by another running HROS");
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

    private static void assertOrphanStopped(ChildHros previous, ChildHros current) throws IOException {
        if (previous == null || previous.postmasterKilled()) {
            return;
        }
        assertThat(ProcessHandle.of(previous.postmasterPid()).filter(ProcessHandle::isAlive))
                .as("the orphaned postmaster was stopped")
                .isEmpty();
        assertThat(current.postmasterPid()).isNotEqualTo(previous.postmasterPid());
        assertThat(Files.readString(current.logFile()))
                .contains("Stopping a PostgreSQL left running by an earlier, interrupted start");
    }

    private ChildHros start(Path runDir, Path dataDir, int n) throws Exception {
        long begin = System.nanoTime();
        ChildHros hros = launch(runDir, dataDir, String.valueOf(n));
        hros.awaitReady(START_TIMEOUT);
        log("start %d: ready on port %d in %d ms", n, hros.port(), (System.nanoTime() - begin) / 1_000_000);
        return hros;
    }

    private ChildHros launch(Path runDir, Path dataDir, String name) throws IOException {
        ChildHros hros = ChildHros.launch(
                "hros-" + name,
                dataDir,
                runDir,
                "--hros.admin.email=" + ADMIN_EMAIL,
                "--hros.admin.password=" + ADMIN_PASSWORD,
                "--spring.mail.host=");
        started.add(hros);
        return hros;
    }

    private static void assertListed(String myCases, List<String> titles) {
        for (String title : titles) {
            assertThat(myCases)
                    .as("My cases lists a case acknowledged before a kill")
                    .contains(title);
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

    /** Saves a new case study draft through the form; the redirect to it is the acknowledgement. */
    private static long saveCase(ChildSession session, String title) throws Exception {
        String csrf = session.csrf("/write/case-study");
        HttpResponse<String> response = session.post("/cases", "type", "CASE_STUDY", "title", title, "_csrf", csrf);
        String location = response.headers().firstValue("Location").orElse("");
        Matcher m = SAVED.matcher(location);
        if (response.statusCode() != 302 || !m.find()) {
            fail("Saving was not acknowledged: " + response.statusCode() + " to '" + location + "'\n"
                    + response.body());
        }
        return Long.parseLong(m.group(1));
    }
}
