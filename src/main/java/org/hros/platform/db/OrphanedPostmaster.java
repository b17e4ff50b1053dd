package org.hros.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 *
 * <p>A postmaster is only an orphan when the process that started it is gone. The embedded server's owner holds a
 * lock on {@code epg-lock} in the data folder for as long as it runs (the operating system drops it when the
 * owner dies, however it dies), so a held lock means another HROS is using the folder: that start is refused
 * instead of pulling the database from under the running instance.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    /** The lock file the embedded PostgreSQL library holds while its server runs. */
    static final String OWNER_LOCK = "epg-lock";

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDirectory) {
        refuseIfOwnerAlive(dataDirectory);
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

    private static void refuseIfOwnerAlive(Path dataDirectory) {
        if (inUse(dataDirectory)) {
            throw new IllegalStateException(inUseMessage(dataDirectory));
        }
    }

    /** Whether another running HROS holds the data folder (its owner lock is taken). */
    static boolean inUse(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK);
        if (!Files.isRegularFile(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                lock.release();
            }
            return lock == null;
        } catch (IOException e) {
            log.debug("Could not check {}; assuming its owner is gone", lockFile, e);
            return false;
        }
    }

    static String inUseMessage(Path dataDirectory) {
        return "The database folder " + dataDirectory
                + " is in use by another running HROS. Stop that one first, or give this one its own hros.data-dir.";
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
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
