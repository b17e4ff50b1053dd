package org.hros.site.domain;

import java.time.Clock;
import java.util.List;
import org.hros.casestudy.Licence;
import org.hros.casestudy.LicenceDefault;
import org.hros.member.SignUpMode;
import org.hros.member.SignUpPolicy;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.platform.SiteIdentity;
import org.hros.site.SiteSettings;
import org.hros.site.SiteSettingsChanged;
import org.hros.site.SiteSettingsView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's settings: read (cached) by every page and by the modules whose ports this implements, and saved by
 * admins, each changed setting audited with its old and new value.
 */
@Service
public class SiteSettingsService implements SiteSettings, SiteIdentity, SignUpPolicy, LicenceDefault {

    private final SettingsStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final SiteSettingsRepository rows;
    private final ApplicationEventPublisher events;

    SiteSettingsService(
            SettingsStore store,
            AuditLog audit,
            Clock clock,
            SiteSettingsRepository rows,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.rows = rows;
    }

    @Override
    public SiteSettingsView current() {
        return store.load();
    }

    @Override
    public Identity identity() {
        SiteSettingsView s = current();
        return new Identity(s.communityName(), s.tagline(), s.logo(), s.contactAddress(), s.welcomeHtml());
    }

    @Override
    public SignUpMode signUpMode() {
        return current().signUpMode();
    }

    @Override
    public Licence defaultLicence() {
        return current().defaultLicence();
    }

    /**
     * Saves every setting; each one that changed gets an audit entry ("name: 'old' → 'new'") in the same
     * transaction. The cache is emptied after commit, so this node shows the new values at once.
     *
     * @return how many settings changed
     */
    @Transactional
    public int save(long actorId, SiteSettingsValues next) {
        SiteSettingsValues before = store.stored();
        List<String> changes = before.changesTo(next);
        if (changes.isEmpty() && rows.existsById(SiteSettingsRow.ID)) {
            return 0;
        }
        store.write(next, actorId, clock.instant());
        changes.forEach(change -> audit.record(actorId, AuditAction.CHANGED_SETTING, null, change));
        // Every page shows the name, tagline, logo and footer: kept pages are forgotten on every node.
        events.publishEvent(new SiteSettingsChanged(changes.size()));
        return changes.size();
    }

    /** The settings as stored, for the form. */
    @Transactional(readOnly = true)
    public SiteSettingsValues values() {
        return store.stored();
    }
}
