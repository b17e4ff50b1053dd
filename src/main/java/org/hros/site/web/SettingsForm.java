package org.hros.site.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hros.site.domain.SiteSettingsValues;

/** The settings form, as typed: the licence and sign-up mode are checked against their choices by the controller. */
public record SettingsForm(
        @NotBlank(message = "{settings.communityName.required}")
        @Size(max = 80, message = "{settings.communityName.tooLong}")
        String communityName,

        @Size(max = 160, message = "{settings.tagline.tooLong}")
        String tagline,

        @NotBlank(message = "{settings.welcomeText.required}")
        @Size(max = 5000, message = "{settings.welcomeText.tooLong}")
        String welcomeText,

        @NotBlank(message = "{settings.groundRules.required}")
        @Size(max = 20000, message = "{settings.groundRules.tooLong}")
        String groundRules,

        @NotBlank(message = "{settings.contactAddress.required}")
        @Email(message = "{settings.contactAddress.invalid}")
        @Size(max = 254, message = "{settings.contactAddress.tooLong}")
        String contactAddress,

        String defaultLicence,
        String signUpMode) {

    static SettingsForm of(SiteSettingsValues v) {
        return new SettingsForm(
                v.communityName(),
                v.tagline(),
                v.welcomeText(),
                v.groundRules(),
                v.contactAddress(),
                v.defaultLicence().name(),
                v.signUpMode().name());
    }

    /** Texts as stored: trimmed, the tagline empty when left blank. */
    String name() {
        return communityName.strip();
    }

    String cleanTagline() {
        return tagline == null ? "" : tagline.strip();
    }
}
