package org.hros.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the application is killed hard, the PostgreSQL it started keeps running and holds the data folder.
 * This stops that orphan so the next start can take the folder over; PostgreSQL's own crash recovery does
 * the rest.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedPostmaster::isPostgres)
                .ifPresent(OrphanedPostmaster::stop);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    private static void stop(ProcessHandle postmaster) {
        log.warn("Stopping a PostgreSQL left running by an earlier, interrupted start (pid {})", postmaster.pid());
        postmaster.destroy();
        if (!waitFor(postmaster, Duration.ofSeconds(20))) {
            postmaster.destroyForcibly();
            waitFor(postmaster, Duration.ofSeconds(10));
        }
    }

    private static boolean waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
