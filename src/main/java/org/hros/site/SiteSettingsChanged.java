package org.hros.site;

import org.hros.shared.PublicPagesChanged;

/** An admin saved site settings that changed: every page shows the community's name, tagline, logo and footer. */
public record SiteSettingsChanged(int changes) implements PublicPagesChanged {}
