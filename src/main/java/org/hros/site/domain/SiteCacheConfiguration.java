package org.hros.site.domain;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The site's settings are read on every page, so they are cached (Spring's cache abstraction over Caffeine). A save
 * empties this node's cache once its transaction has committed; other nodes read the new values when their entry
 * expires, {@code hros.settings.cache-ttl} (30 s) after they read it. The entry's age is measured on the
 * application's clock, so tests can let that time pass.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class SiteCacheConfiguration {

    static final String CACHE = "site-settings";
    static final String MANAGER = "siteSettingsCacheManager";

    @Bean(MANAGER)
    CacheManager siteSettingsCacheManager(Clock clock, SiteProperties siteProperties) {
        CaffeineCacheManager caffeine = new CaffeineCacheManager(CACHE);
        caffeine.setCaffeine(Caffeine.newBuilder()
                .maximumSize(4)
                .expireAfterWrite(siteProperties.cacheTtl())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())));
        // An eviction waits for the save's commit, so no reader caches the old values again in between.
        return new TransactionAwareCacheManagerProxy(caffeine);
    }
}
