package org.hros.platform;

/**
 * What every page shows of the community itself: its name, tagline, logo, how to reach its team, and the welcome
 * shown to newcomers. Provided by the module that keeps the site's settings, so that pages depend on none.
 */
public interface SiteIdentity {

    /** The identity in force now; cheap to call on every page (it is cached). */
    Identity identity();

    /**
     * @param logo the logo's image address, or {@code null} for none
     * @param contactAddress an e-mail address, or blank for none
     * @param welcomeHtml the welcome text, rendered from Markdown and sanitised
     */
    record Identity(String name, String tagline, String logo, String contactAddress, String welcomeHtml) {}
}
