/**
 * The community's own settings, edited by admins at {@code /admin/settings}: its name, tagline and logo, the welcome
 * text, the ground rules (shown at {@code /rules}), the contact address, the default licence for new cases and how
 * newcomers sign up. Kept in PostgreSQL and read through a cache, so a change needs no redeploy. Other modules read
 * them through {@link org.hros.site.SiteSettings}, or through the ports they own and this module implements
 * ({@link org.hros.platform.SiteIdentity}, {@link org.hros.member.SignUpPolicy},
 * {@link org.hros.casestudy.LicenceDefault}), so that none of them depends on this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site settings")
package org.hros.site;
