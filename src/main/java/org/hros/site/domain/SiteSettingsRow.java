package org.hros.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hros.casestudy.Licence;
import org.hros.member.SignUpMode;

/** The one row of the site's settings, written the first time an admin saves them. */
@Entity
@Table(name = "site_settings")
class SiteSettingsRow {

    static final short ID = 1;

    @Id
    private short id = ID;

    private String communityName;
    private String tagline;
    private String logo;
    private String welcomeText;
    private String groundRules;
    private String contactAddress;

    @Enumerated(EnumType.STRING)
    private Licence defaultLicence;

    @Enumerated(EnumType.STRING)
    private SignUpMode signUpMode;

    private Instant updatedAt;
    private Long updatedBy;

    @Version
    @Column(nullable = false)
    private int version;

    protected SiteSettingsRow() {}

    static SiteSettingsRow from(SiteSettingsValues values) {
        SiteSettingsRow row = new SiteSettingsRow();
        row.apply(values);
        return row;
    }

    SiteSettingsValues values() {
        return new SiteSettingsValues(
                communityName, tagline, logo, welcomeText, groundRules, contactAddress, defaultLicence, signUpMode);
    }

    void apply(SiteSettingsValues values) {
        this.communityName = values.communityName();
        this.tagline = values.tagline();
        this.logo = values.logo();
        this.welcomeText = values.welcomeText();
        this.groundRules = values.groundRules();
        this.contactAddress = values.contactAddress();
        this.defaultLicence = values.defaultLicence();
        this.signUpMode = values.signUpMode();
    }

    void changedBy(long memberId, Instant now) {
        this.updatedBy = memberId;
        this.updatedAt = now;
    }
}
