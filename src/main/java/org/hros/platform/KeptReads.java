package org.hros.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.hros.shared.PublicPagesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads of what anyone may see, kept on this node until public pages change: the parts of a signed-in member's page
 * that are the same for every reader (a case at a revision, a thread's replies and their authors), so that such a page
 * reads the database only for what is the member's own.
 *
 * <p>Kept exactly as long as the page cache keeps the pages of logged-out readers, which show the same things: every
 * {@link PublicPagesChanged} event forgets all of it right after its transaction commits (before the page cache
 * forgets its pages, so that no page is rendered again from what was kept), and {@link PublicPagesChangedElsewhere}
 * when another node made the change. A read that began before a change and ended after it is not kept. Without the
 * other nodes' notices, {@code hros.kept-reads.time-to-live} bounds how long an item stays. What changes without such
 * an event (reaction counts, a member's own state) is never kept here, nor is anything read inside a transaction that
 * may write.
 */
@Component
public class KeptReads {

    private final KeptReadsProperties properties;
    private final MeterRegistry meters;
    private final AtomicLong generation = new AtomicLong();
    private final List<Cache<?, ?>> caches = new CopyOnWriteArrayList<>();

    KeptReads(KeptReadsProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * A kind of read, each item counting one towards {@code hros.kept-reads.max-items}; its hits and misses are the
     * {@code cache.gets} metric of {@code kept-<name>}.
     */
    public <K, V> Kept<K, V> kind(String name) {
        return kind(name, value -> 1);
    }

    /** A kind of read whose items weigh what {@code weight} says (a thread, one per reply). */
    public <K, V> Kept<K, V> kind(String name, ToIntFunction<V> weight) {
        Cache<K, V> cache = Caffeine.newBuilder()
                .maximumWeight(properties.maxItems())
                .weigher((K key, V value) -> Math.max(1, weight.applyAsInt(value)))
                .expireAfterWrite(properties.timeToLive())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, cache, "kept-" + name);
        caches.add(cache);
        return new Kept<>(cache);
    }

    /** Forgets every kept read, at once. */
    public void forgetAll() {
        generation.incrementAndGet();
        caches.forEach(Cache::invalidateAll);
    }

    @EventListener
    void on(PublicPagesChanged event) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new ForgetAfterCommit());
        } else {
            forgetAll();
        }
    }

    @EventListener
    void on(PublicPagesChangedElsewhere event) {
        forgetAll();
    }

    /** Runs ahead of the page cache's own forgetting, which is ordered last. */
    private final class ForgetAfterCommit implements TransactionSynchronization {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void afterCommit() {
            forgetAll();
        }
    }

    /** One kind of kept read. */
    public final class Kept<K, V> {

        private final Cache<K, V> cache;

        private Kept(Cache<K, V> cache) {
            this.cache = cache;
        }

        /**
         * The kept value, or what {@code read} gives (kept unless something public changed meanwhile). A read that
         * throws or gives {@code null} keeps nothing.
         */
        public V get(K key, Supplier<V> read) {
            if (!properties.enabled() || insideWritingTransaction()) {
                return read.get();
            }
            V kept = cache.getIfPresent(key);
            if (kept != null) {
                return kept;
            }
            long before = generation.get();
            V value = read.get();
            if (value != null && generation.get() == before) {
                cache.put(key, value);
                // A change forgotten between the check and the put must not leave this value behind.
                if (generation.get() != before) {
                    cache.invalidate(key);
                }
            }
            return value;
        }

        /**
         * A transaction that may write could read what it has not committed yet (and may never commit): such a read is
         * neither answered from what is kept nor kept.
         */
        private static boolean insideWritingTransaction() {
            return TransactionSynchronizationManager.isActualTransactionActive()
                    && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        }

        /** How many items are kept now (for tests). */
        public long size() {
            cache.cleanUp();
            return cache.estimatedSize();
        }
    }
}
