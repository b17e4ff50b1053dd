package org.hros.site.domain;

import org.hros.platform.PublicPagesChangedElsewhere;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Settings saved on another node reach this one with its notice that public pages changed: the cached settings are
 * forgotten before the kept pages are, so no page is rendered again with the old name. Without such notices (the
 * database's notifications lost), the cache's own lifetime, {@code hros.settings.cache-ttl}, still bounds it.
 */
@Component
class SettingsSavedElsewhere {

    private final CacheManager caches;

    SettingsSavedElsewhere(@Qualifier(SiteCacheConfiguration.MANAGER) CacheManager caches) {
        this.caches = caches;
    }

    @EventListener
    void on(PublicPagesChangedElsewhere event) {
        Cache cache = caches.getCache(SiteCacheConfiguration.CACHE);
        if (cache != null) {
            cache.invalidate();
        }
    }
}
