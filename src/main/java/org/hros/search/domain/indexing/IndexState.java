package org.hros.search.domain.indexing;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.hros.search.SearchUnavailableException;

/** Whether the index can answer, and how far a rebuild is. Shared by the rebuild and every search. */
public final class IndexState {

    /** Searches must wait: a rebuild runs or is about to. */
    private volatile boolean rebuilding;
    /** A rebuild thread runs. */
    private volatile boolean running;

    private volatile boolean neededAtStart;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String failure;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();

    /** The folder was missing or unreadable: nobody may search until the rebuild that follows is done. */
    void rebuildNeededAtStart() {
        neededAtStart = true;
        rebuilding = true;
    }

    boolean neededAtStart() {
        return neededAtStart;
    }

    /** Marks a rebuild as started; false if one is already running. */
    synchronized boolean begin(Instant now) {
        if (running) {
            return false;
        }
        running = true;
        rebuilding = true;
        startedAt = now;
        finishedAt = null;
        failure = null;
        total.set(0);
        done.set(0);
        return true;
    }

    /** The running rebuild starts over (after the database stopped answering under it); searches still wait. */
    synchronized void again() {
        total.set(0);
        done.set(0);
    }

    void addToTotal(long count) {
        total.addAndGet(count);
    }

    void addDone(long count) {
        done.addAndGet(count);
    }

    synchronized void finish(Instant now, String failed) {
        running = false;
        rebuilding = false;
        neededAtStart = false;
        finishedAt = now;
        failure = failed;
    }

    public boolean rebuilding() {
        return rebuilding;
    }

    /** Throws while the index is being rebuilt. */
    public void requireReady() {
        if (rebuilding) {
            throw new SearchUnavailableException(percentDone());
        }
    }

    int percentDone() {
        long t = total.get();
        if (!rebuilding) {
            return 100;
        }
        return t <= 0 ? 0 : (int) Math.min(99, done.get() * 100 / t);
    }

    long total() {
        return total.get();
    }

    long done() {
        return done.get();
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    String failure() {
        return failure;
    }
}
