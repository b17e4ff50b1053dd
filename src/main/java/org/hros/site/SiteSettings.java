package org.hros.site;

/** The site's settings in force, read through a cache (see {@code docs/settings.md} for how fresh they are). */
public interface SiteSettings {

    SiteSettingsView current();
}
