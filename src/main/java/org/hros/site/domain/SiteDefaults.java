package org.hros.site.domain;

import java.util.Locale;
import org.hros.casestudy.Licence;
import org.hros.member.SignUpMode;
import org.hros.platform.HrosProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The settings before an admin first saves them: the name and tagline from the messages, the contact address from
 * {@code hros.contact-address} (by default the first admin's), open sign-up and CC BY 4.0, so that an upgraded site
 * looks and behaves exactly as before.
 */
@Component
class SiteDefaults {

    private final MessageSource messages;
    private final String contactAddress;

    SiteDefaults(MessageSource messages, HrosProperties hrosProperties) {
        this.messages = messages;
        this.contactAddress = hrosProperties.initialContactAddress();
    }

    SiteSettingsValues values() {
        return new SiteSettingsValues(
                t("site.name"),
                t("site.tagline"),
                null,
                t("settings.default.welcome"),
                t("settings.default.rules"),
                contactAddress,
                Licence.DEFAULT,
                SignUpMode.OPEN);
    }

    private String t(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
