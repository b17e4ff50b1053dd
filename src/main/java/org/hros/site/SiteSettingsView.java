package org.hros.site;

import org.hros.casestudy.Licence;
import org.hros.member.SignUpMode;

/**
 * The site's settings as pages show them.
 *
 * @param logo the logo's image address, or {@code null} for none
 * @param welcomeText the welcome for newcomers and visitors, as Markdown
 * @param welcomeHtml the same, rendered and sanitised
 * @param groundRules the community's ground rules, as Markdown
 * @param groundRulesHtml the same, rendered and sanitised
 * @param contactAddress the address to write to the community's team
 * @param saved whether an admin has saved settings yet (until then, they come from the configuration)
 */
public record SiteSettingsView(
        String communityName,
        String tagline,
        String logo,
        String welcomeText,
        String welcomeHtml,
        String groundRules,
        String groundRulesHtml,
        String contactAddress,
        Licence defaultLicence,
        SignUpMode signUpMode,
        boolean saved) {}
