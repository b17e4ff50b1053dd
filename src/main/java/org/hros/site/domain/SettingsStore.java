package org.hros.site.domain;

import org.hros.shared.MarkdownRenderer;
import org.hros.site.SiteSettingsView;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the settings row through the cache, and writes it emptying the cache. */
@Component
class SettingsStore {

    private final SiteSettingsRepository rows;
    private final SiteDefaults defaults;

    SettingsStore(SiteSettingsRepository rows, SiteDefaults defaults) {
        this.rows = rows;
        this.defaults = defaults;
    }

    @Cacheable(
            cacheNames = SiteCacheConfiguration.CACHE,
            key = "'current'",
            cacheManager = SiteCacheConfiguration.MANAGER)
    @Transactional(readOnly = true)
    public SiteSettingsView load() {
        return rows.findById(SiteSettingsRow.ID)
                .map(row -> view(row.values(), true))
                .orElseGet(() -> view(defaults.values(), false));
    }

    /** The row as stored, or the defaults before the first save. */
    SiteSettingsValues stored() {
        return rows.findById(SiteSettingsRow.ID).map(SiteSettingsRow::values).orElseGet(defaults::values);
    }

    @CacheEvict(
            cacheNames = SiteCacheConfiguration.CACHE,
            allEntries = true,
            cacheManager = SiteCacheConfiguration.MANAGER)
    @Transactional
    public void write(SiteSettingsValues values, long actorId, java.time.Instant now) {
        SiteSettingsRow row = rows.findById(SiteSettingsRow.ID).orElse(null);
        if (row == null) {
            SiteSettingsRow first = SiteSettingsRow.from(values);
            first.changedBy(actorId, now);
            rows.save(first);
            return;
        }
        row.apply(values);
        row.changedBy(actorId, now);
    }

    private static SiteSettingsView view(SiteSettingsValues v, boolean saved) {
        return new SiteSettingsView(
                v.communityName(),
                v.tagline(),
                v.logo(),
                v.welcomeText(),
                MarkdownRenderer.toSafeHtml(v.welcomeText()),
                v.groundRules(),
                MarkdownRenderer.toSafeHtml(v.groundRules()),
                v.contactAddress(),
                v.defaultLicence(),
                v.signUpMode(),
                saved);
    }
}
