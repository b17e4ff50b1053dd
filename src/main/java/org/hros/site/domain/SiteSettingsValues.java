package org.hros.site.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hros.casestudy.Licence;
import org.hros.member.SignUpMode;

/** Every setting, as stored: what a save writes and what an audit entry compares. */
public record SiteSettingsValues(
        String communityName,
        String tagline,
        String logo,
        String welcomeText,
        String groundRules,
        String contactAddress,
        Licence defaultLicence,
        SignUpMode signUpMode) {

    /** The same settings with another logo ({@code null}: none). */
    public SiteSettingsValues withLogo(String address) {
        return new SiteSettingsValues(
                communityName, tagline, address, welcomeText, groundRules, contactAddress, defaultLicence, signUpMode);
    }

    /** The same settings with another sign-up mode. */
    public SiteSettingsValues withSignUpMode(SignUpMode mode) {
        return new SiteSettingsValues(
                communityName, tagline, logo, welcomeText, groundRules, contactAddress, defaultLicence, mode);
    }

    /** One line per setting that differs, as "name: 'old' → 'new'", each value shortened to fit an audit note. */
    List<String> changesTo(SiteSettingsValues next) {
        List<String> changes = new ArrayList<>();
        compare(changes, "community name", communityName, next.communityName);
        compare(changes, "tagline", tagline, next.tagline);
        compare(changes, "logo", logo, next.logo);
        compare(changes, "welcome text", welcomeText, next.welcomeText);
        compare(changes, "ground rules", groundRules, next.groundRules);
        compare(changes, "contact address", contactAddress, next.contactAddress);
        compare(changes, "default licence", defaultLicence, next.defaultLicence);
        compare(changes, "sign-up mode", signUpMode, next.signUpMode);
        return changes;
    }

    private static void compare(List<String> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(name + ": " + shown(before) + " → " + shown(after));
        }
    }

    /** An audit note holds 500 characters: each side of a change keeps at most 200. */
    private static String shown(Object value) {
        if (value == null) {
            return "none";
        }
        String text = value.toString().replaceAll("\\s+", " ").strip();
        return "'" + (text.length() > 200 ? text.substring(0, 199) + "…" : text) + "'";
    }
}
