package org.hros.search.domain.indexing;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hros.casestudy.CaseCatalog;
import org.hros.discussion.ReplyCatalog;
import org.hros.platform.db.DatabaseFaults;
import org.hros.platform.db.DatabaseOutageLog;
import org.hros.request.RequestCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Rebuilding the index: first the documents are checked against the library (missing ones added, stale ones
 * removed), then the mass indexer rewrites the index from them. Runs on its own thread, never in a request;
 * while it runs search answers 503 and the rest of the site works. At start it runs by itself when the index
 * folder was missing or unreadable.
 */
@Service
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final CaseCatalog catalog;
    private final CaseDocuments documents;
    private final RequestCatalog requestCatalog;
    private final RequestDocuments requests;
    private final ReplyCatalog replyCatalog;
    private final ReplyDocuments replies;
    private final IndexState state;
    private final Clock clock;

    IndexMaintenance(
            EntityManagerFactory entityManagerFactory,
            CaseCatalog catalog,
            CaseDocuments documents,
            RequestCatalog requestCatalog,
            RequestDocuments requests,
            ReplyCatalog replyCatalog,
            ReplyDocuments replies,
            IndexState state,
            Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.catalog = catalog;
        this.documents = documents;
        this.requestCatalog = requestCatalog;
        this.requests = requests;
        this.replyCatalog = replyCatalog;
        this.replies = replies;
        this.state = state;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfNeededAtStart() {
        if (state.neededAtStart()) {
            start(false);
        }
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public boolean rebuild() {
        return start(false);
    }

    /**
     * Starts a rebuild that first reads every published case from the library again, e.g. after an upgrade
     * that changed what a document holds; slower than {@link #rebuild()}.
     */
    public boolean rebuildFromLibrary() {
        return start(true);
    }

    public Status status() {
        return new Status(
                state.rebuilding(),
                state.percentDone(),
                state.done(),
                state.total(),
                state.startedAt(),
                state.finishedAt(),
                state.failure() != null,
                documents.count(),
                requests.count(),
                replies.count());
    }

    /**
     * Where the index stands.
     *
     * @param documents how many case documents the index is built from
     * @param requests how many request documents
     * @param replies how many reply documents
     */
    public record Status(
            boolean rebuilding,
            int percent,
            long done,
            long total,
            java.time.Instant startedAt,
            java.time.Instant finishedAt,
            boolean failed,
            long documents,
            long requests,
            long replies) {}

    private boolean start(boolean reread) {
        if (!state.begin(clock.instant())) {
            return false;
        }
        Thread thread = new Thread(() -> run(reread), "search-rebuild");
        thread.setDaemon(true);
        rebuilding = thread;
        thread.start();
        return true;
    }

    private volatile Thread rebuilding;

    /**
     * A rebuild still running when HROS stops is cancelled (the mass indexer stops on an interrupt) and waited for
     * here, before the entity manager factory this bean depends on closes: otherwise its agents keep polling a
     * closed factory and fill the log with failures as the application stops. As after a crash during a rebuild,
     * an admin starts it again (operations page).
     */
    @PreDestroy
    void stopRebuild() throws InterruptedException {
        Thread thread = rebuilding;
        if (thread != null && thread.isAlive()) {
            log.info("Stopping the search index rebuild: HROS is stopping");
            thread.interrupt();
            thread.join(STOP_WAIT.toMillis());
        }
    }

    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    /**
     * Rebuilds, and starts over by itself when the database stops answering under the rebuild: after 5 seconds,
     * then twice as long each time up to {@link #RETRY_AT_MOST}, searches answering 503 meanwhile. Any other
     * failure ends the rebuild for an admin to look at.
     */
    private void run(boolean reread) {
        Duration wait = RETRY_FIRST;
        while (true) {
            String failure = null;
            try {
                rebuildOnce(reread);
                log.info("Search index rebuilt: {} documents", state.done());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
            } catch (RuntimeException e) {
                if (!DatabaseFaults.isOutage(e)) {
                    log.error("Rebuilding the search index failed", e);
                    failure = e.getClass().getSimpleName();
                } else {
                    // Not a defect: the database did not answer. One line, and the rebuild starts over.
                    DatabaseOutageLog.record("the search index rebuild", e);
                    log.warn(
                            "Rebuilding the search index stopped: the database did not answer; starting over in {} s",
                            wait.toSeconds());
                    if (pause(wait)) {
                        wait = wait.multipliedBy(2).compareTo(RETRY_AT_MOST) > 0 ? RETRY_AT_MOST : wait.multipliedBy(2);
                        state.again();
                        continue;
                    }
                    failure = "interrupted";
                }
            }
            state.finish(clock.instant(), failure);
            return;
        }
    }

    static final Duration RETRY_FIRST = Duration.ofSeconds(5);
    static final Duration RETRY_AT_MOST = Duration.ofMinutes(5);

    private void rebuildOnce(boolean reread) throws InterruptedException {
        reconcile(reread);
        Search.mapping(entityManagerFactory)
                .scope(Object.class)
                .massIndexer()
                // One loading thread per core: documents are read ready-made, so loading and writing the index
                // keep each other busy; larger batches mean fewer round trips for the same memory.
                .threadsToLoadObjects(Runtime.getRuntime().availableProcessors())
                .batchSizeToLoadObjects(250)
                .purgeAllOnStart(true)
                .monitor(new Monitor(state))
                .startAndWait();
    }

    /** Waits {@code time}; false when the application stops meanwhile. */
    private static boolean pause(Duration time) {
        try {
            Thread.sleep(time.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Brings the documents in line with the library, the agenda and the discussions: adds what is missing (after
     * an upgrade or a lost event), removes what is no longer public and, when asked, reads everything again.
     */
    private void reconcile(boolean reread) throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        // The documents are written without index changes: the mass indexer that follows indexes them all.
        reconcile("case", catalog.publishedIds(), documents.ids(), reread, documents::refreshBeforeMassIndexing, cores);
        reconcile("request", requestCatalog.ids(), requests.ids(), reread, requests::refreshBeforeMassIndexing, cores);
        // One batch at a time: batches of replies share subjects, and a subject is locked for its whole batch.
        reconcile("reply", replyCatalog.ids(), replies.ids(), reread, replies::refreshBeforeMassIndexing, 1);
    }

    /**
     * Refreshes the documents of what is public but has none (or all of it when {@code reread}) and of the
     * documents whose original is no longer public, {@link #BATCH} at a time, each batch in its own transaction,
     * {@code threads} batches at once: a batch reads the database while another computes.
     */
    private void reconcile(
            String kind,
            List<Long> published,
            List<Long> documented,
            boolean reread,
            Consumer<List<Long>> refresh,
            int threads)
            throws InterruptedException {
        Set<Long> stale = new HashSet<>(documented);
        List<Long> work = new ArrayList<>();
        int added = 0;
        for (Long id : published) {
            if (!stale.remove(id) || reread) {
                work.add(id);
                added++;
            }
        }
        work.addAll(stale);
        if (work.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-rebuild-" + kind);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < work.size(); from += BATCH) {
                List<Long> batch = List.copyOf(work.subList(from, Math.min(work.size(), from + BATCH)));
                batches.add(pool.submit(() -> refresh.accept(batch)));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info(
                "Search documents reconciled: {} {} documents refreshed ({} added, {} no longer public) in {} s,"
                        + " {} documents/s",
                work.size(),
                kind,
                added,
                stale.size(),
                Math.round(seconds * 10) / 10.0,
                Math.round(work.size() / Math.max(seconds, 0.001)));
    }

    /** How many documents one transaction of the reconciliation refreshes. */
    static final int BATCH = 250;

    /** Keeps the rebuild's progress for the admin page, and logs it with its rate every ten seconds. */
    private static final class Monitor implements MassIndexingMonitor {

        private static final long LOG_EVERY = 10_000_000_000L;

        private final IndexState state;
        private final long started = System.nanoTime();
        private long logged = started;

        Monitor(IndexState state) {
            this.state = state;
        }

        @Override
        public void documentsAdded(long increment) {
            state.addDone(increment);
            long now = System.nanoTime();
            synchronized (this) {
                if (now - logged < LOG_EVERY) {
                    return;
                }
                logged = now;
            }
            long done = state.done();
            log.info(
                    "Rebuilding the search index: {} of {} documents, {} documents/s",
                    done,
                    state.total(),
                    Math.round(done / ((now - started) / 1e9)));
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long count) {
            state.addToTotal(count);
        }

        @Override
        public void indexingCompleted() {
            long done = state.done();
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info(
                    "Mass indexer wrote {} documents in {} s, {} documents/s",
                    done,
                    Math.round(seconds * 10) / 10.0,
                    Math.round(done / Math.max(seconds, 0.001)));
        }
    }
}
