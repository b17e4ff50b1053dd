package org.hros.search.domain.execution;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.apache.lucene.index.IndexReader;
import org.hros.platform.pagecache.PageCache;
import org.hros.search.domain.indexing.IndexedTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Forgets this node's kept search pages as soon as its index has changed. The index is brought up to date in the
 * background after the commit that forgets every page, so a search page rendered in between would otherwise show
 * the index before the change for as long as it is kept. Every second the identity of the segments of the case,
 * request and reply indexes (what {@link ResultCache} keys its answers on) is compared with the last one seen; a new
 * document, a deletion or a merge changes it. Where it cannot be read (an OpenSearch backend, whose index all nodes
 * share), the search pages are forgotten every second instead.
 */
@Component
class SearchPagesWatch implements DisposableBean {

    static final Duration INTERVAL = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SearchPagesWatch.class);

    private static final List<Class<?>> WATCHED =
            List.of(IndexedTypes.CASES, IndexedTypes.REQUESTS, IndexedTypes.REPLIES);

    private final SearchSessions sessions;
    private final PageCache pages;
    private final ScheduledFuture<?> watching;
    private List<Object> seen;

    /**
     * Each node watches its own index and forgets its own pages, so this is a job of this node's, not one under the
     * cluster's lock as the {@code @Scheduled} jobs are.
     */
    SearchPagesWatch(SearchSessions sessions, PageCache pages, TaskScheduler scheduler) {
        this.sessions = sessions;
        this.pages = pages;
        this.watching = scheduler.scheduleWithFixedDelay(this::check, INTERVAL);
    }

    @Override
    public void destroy() {
        watching.cancel(false);
    }

    void check() {
        if (!pages.enabled()) {
            return;
        }
        List<Object> now = generations();
        if (now == null || !now.equals(seen)) {
            pages.forgetSearchPages();
        }
        seen = now;
    }

    /** The identity of every watched index as it is now, or {@code null} when it cannot be told. */
    List<Object> generations() {
        if (!sessions.onLucene()) {
            return null;
        }
        List<Object> all = new ArrayList<>();
        try {
            for (Class<?> type : WATCHED) {
                try (IndexReader reader = sessions.openReader(type)) {
                    List<Object> generation = ResultCache.generation(reader);
                    if (generation == null) {
                        return null;
                    }
                    all.add(generation);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A rebuild in progress or a closing index: forget, and look again next time.
            log.debug("Could not read the index's segments", e);
            return null;
        }
        return all;
    }
}
