package org.hros.platform.db;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the postmaster of the embedded PostgreSQL and starts it again, on the same data folder, port and settings,
 * when it dies (killed, crashed, out of memory). PostgreSQL replays its write-ahead log on the way up, so every
 * committed transaction is there; the connection pool drops the dead connections when it next validates them and
 * opens new ones. A stalled postmaster (alive, not answering) is left alone: it comes back by itself.
 *
 * <p>The restart goes through {@code pg_ctl restart}, which starts the same binary with the options the first start
 * recorded in {@code postmaster.opts}; its output goes to {@code postgresql.log} beside the data folder. After
 * {@value #ATTEMPTS_BEFORE_DOWN} failed attempts in a row {@link #isDown()} is true, which turns liveness DOWN so that
 * an orchestrator restarts the whole application; it keeps trying meanwhile.
 */
public final class PostmasterSupervisor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostmasterSupervisor.class);
    static final int ATTEMPTS_BEFORE_DOWN = 5;
    private static final Duration CHECK_EVERY = Duration.ofMillis(250);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private volatile Thread watcher;
    private volatile boolean running;
    private volatile int failedAttempts;
    private volatile long postmasterPid;

    PostmasterSupervisor(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Whether the postmaster is gone and could not be started again. */
    public boolean isDown() {
        return failedAttempts >= ATTEMPTS_BEFORE_DOWN;
    }

    /** The pid of the postmaster being watched. */
    public long postmasterPid() {
        return postmasterPid;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        postmasterPid = readPid().orElse(0L);
        running = true;
        Thread thread = new Thread(this::watch, "postmaster-supervisor");
        thread.setDaemon(true);
        thread.start();
        watcher = thread;
    }

    /** Stops watching first on shutdown, so that the database stopped at the end is not started again. */
    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = watcher;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void watch() {
        Duration backOff = CHECK_EVERY;
        while (running) {
            try {
                Thread.sleep(backOff.toMillis());
                if (isAlive(postmasterPid)) {
                    backOff = CHECK_EVERY;
                    continue;
                }
                if (restart()) {
                    failedAttempts = 0;
                    backOff = CHECK_EVERY;
                } else {
                    failedAttempts++;
                    backOff = min(MAX_BACK_OFF, CHECK_EVERY.multipliedBy(1L << Math.min(failedAttempts, 6)));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                failedAttempts++;
                log.warn("Watching the embedded PostgreSQL failed: {}", e.toString());
            }
        }
    }

    private boolean restart() throws InterruptedException {
        if (!running) {
            return true;
        }
        long begin = System.nanoTime();
        log.warn(
                "The embedded PostgreSQL (pid {}) is gone; starting it again on {}{}",
                postmasterPid,
                dataDirectory,
                failedAttempts > 0 ? " (attempt " + (failedAttempts + 1) + ")" : "");
        awaitGone(postmasterPid, Duration.ofSeconds(3));
        Optional<Path> pgCtl = pgCtl();
        if (pgCtl.isEmpty()) {
            log.warn("Cannot restart the embedded PostgreSQL: no postmaster.opts in {}", dataDirectory);
            return false;
        }
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // As the first start did: PostgreSQL refuses to run as root, and in a user namespace it is not root.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(
                pgCtl.get().toString(),
                "-D",
                dataDirectory.toString(),
                "-l",
                dataDirectory.resolveSibling("postgresql.log").toString(),
                "-w",
                "-t",
                "30",
                "restart"));
        Path logFile = dataDirectory.resolveSibling("postgresql.log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                log.warn("pg_ctl restart did not finish in 40 s");
                return false;
            }
            Optional<Long> pid = readPid();
            if (process.exitValue() != 0 || pid.isEmpty() || !isAlive(pid.get())) {
                log.warn("pg_ctl restart failed (exit {}); see {}", process.exitValue(), logFile);
                return false;
            }
            postmasterPid = pid.get();
            log.warn(
                    "The embedded PostgreSQL is running again (pid {}) after {} ms",
                    postmasterPid,
                    Duration.ofNanos(System.nanoTime() - begin).toMillis());
            return true;
        } catch (IOException e) {
            log.warn("Could not run pg_ctl: {}", e.toString());
            return false;
        }
    }

    /**
     * A killed postmaster lingers as a zombie until its parent reaps it; while it does, {@code pg_ctl} and the new
     * postmaster take it for a running server and give up.
     */
    private static void awaitGone(long pid, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline
                && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()) {
            Thread.sleep(50);
        }
    }

    /** {@code pg_ctl} beside the {@code postgres} binary the first start ran, as recorded in {@code postmaster.opts}. */
    private Optional<Path> pgCtl() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.opts"));
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            String first = lines.get(0).trim();
            int space = first.indexOf(' ');
            Path postgres = Path.of(space < 0 ? first : first.substring(0, space));
            Path pgCtl = postgres.resolveSibling("pg_ctl");
            return Files.isExecutable(pgCtl) ? Optional.of(pgCtl) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Long> readPid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Alive and still a {@code postgres}: a dead postmaster nobody reaped (a zombie) has no command any more. */
    private static boolean isAlive(long pid) {
        return pid > 0
                && ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .flatMap(p -> p.info().command())
                        .filter(c -> c.endsWith("postgres"))
                        .isPresent();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
