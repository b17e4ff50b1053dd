package org.hros.vocabulary.domain;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hros.platform.PublicPagesChangedElsewhere;
import org.hros.shared.Quadrant;
import org.hros.shared.VocabularyKind;
import org.hros.vocabulary.TermView;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.transaction.TransactionAwareCacheDecorator;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every page, filter and form reads the vocabulary, so the whole catalogue is kept as one entry of a cache (Spring's
 * cache abstraction over Caffeine; held here rather than as a second cache manager, which would leave the site
 * settings' annotations without a default). An admin's change empties it after its commit, so no reader caches the
 * old words again in between; another node's change empties it when that node's page-cache notice arrives, before
 * the kept pages are forgotten. Without notices, {@code hros.vocabulary.cache-ttl} (30 s) bounds how long a node
 * shows the old words. The entry's age is measured on the application's clock, so tests can let that time pass.
 */
@Component
class CatalogueStore {

    private static final String KEY = "catalogue";

    private final JdbcClient jdbc;
    private final Cache cache;

    CatalogueStore(JdbcClient jdbc, Clock clock, VocabularyProperties properties) {
        this.jdbc = jdbc;
        this.cache = new TransactionAwareCacheDecorator(new CaffeineCache(
                "vocabulary",
                Caffeine.newBuilder()
                        .maximumSize(1)
                        .expireAfterWrite(properties.cacheTtl())
                        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                        .build(),
                false));
    }

    Catalogue load() {
        return cache.get(KEY, this::read);
    }

    /** Empties the cache once the current transaction commits (at once outside one). */
    void forget() {
        cache.evict(KEY);
    }

    @EventListener
    void on(PublicPagesChangedElsewhere event) {
        cache.invalidate();
    }

    private Catalogue read() {
        List<TermView> terms = jdbc.sql(
                        "select kind, slug, label, description, position, retired_at is not null as retired, quadrant"
                                + " from vocabulary_term order by kind, position, slug")
                .query((rs, n) -> new TermView(
                        VocabularyKind.fromSlug(rs.getString("kind")).orElseThrow(),
                        rs.getString("slug"),
                        rs.getString("label"),
                        rs.getString("description"),
                        rs.getInt("position"),
                        rs.getBoolean("retired"),
                        Quadrant.fromSlug(rs.getString("quadrant")).orElse(null)))
                .list();
        List<String[]> redirects = jdbc.sql("select kind, old_slug, new_slug from vocabulary_redirect")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        return Catalogue.of(terms, redirects);
    }
}
