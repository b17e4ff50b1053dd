package org.hros.support;

import org.hros.member.SignUpMode;
import org.hros.site.domain.SiteSettingsService;
import org.hros.site.domain.SiteSettingsValues;

/**
 * Changes the site's settings for one test and puts them back afterwards: every integration test shares one
 * application, so a test that left sign-up "invitation only" would break every other test that signs up.
 */
public final class SiteScene implements AutoCloseable {

    private final SiteSettingsService settings;
    private final long adminId;
    private final SiteSettingsValues before;

    public SiteScene(SiteSettingsService settings, long adminId) {
        this.settings = settings;
        this.adminId = adminId;
        this.before = settings.values();
    }

    public SiteScene signUp(SignUpMode mode) {
        settings.save(adminId, settings.values().withSignUpMode(mode));
        return this;
    }

    public SiteScene save(SiteSettingsValues values) {
        settings.save(adminId, values);
        return this;
    }

    public SiteSettingsValues before() {
        return before;
    }

    @Override
    public void close() {
        settings.save(adminId, before);
    }
}
