package org.hros.platform.pagecache;

import java.util.UUID;
import org.hros.shared.PublicPagesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgets the kept pages when something public changes, on every node. The event's own transaction also sends a
 * PostgreSQL {@code NOTIFY} on {@link #CHANNEL}, which PostgreSQL delivers to the other nodes only if, and as soon
 * as, it commits; this node forgets its pages right after the commit, before the request that made the change is
 * answered. {@link InvalidationListener} hears the other nodes.
 *
 * <p>All pages are forgotten, not only those of the case or request concerned: a case shows on the home page, the
 * listings, its author's profile and search results, and changes to public content are rare next to reads.
 */
@Component
class PageCacheInvalidation {

    static final String CHANNEL = "hros_page_cache";

    private final PageCache cache;
    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString();

    PageCacheInvalidation(PageCache cache, JdbcClient jdbc) {
        this.cache = cache;
        this.jdbc = jdbc;
    }

    /** This node's name in the notifications it sends, so that it can tell its own from the others'. */
    String node() {
        return node;
    }

    @EventListener
    void on(PublicPagesChanged event) {
        if (!cache.enabled()) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            notifyOtherNodes();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.forgetAll();
                }
            });
        } else {
            cache.forgetAll();
            notifyOtherNodes();
        }
    }

    /** Inside a transaction, delivered when it commits; outside one, at once. */
    private void notifyOtherNodes() {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, node).query().listOfRows();
    }
}
