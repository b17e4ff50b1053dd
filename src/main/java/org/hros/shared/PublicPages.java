package org.hros.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by each module that owns pages anyone may read (published cases, requests), so that the sitemap
 * lists them without depending on those modules. Only what a logged-out reader can open belongs here: no drafts,
 * nothing withdrawn or taken down, nothing in a circle.
 */
public interface PublicPages {

    /** Every such page now, each with the day (UTC) it last changed. */
    List<PublicPage> publicPages();

    /**
     * One public page.
     *
     * @param path its canonical path, e.g. {@code /cases/12/our-story}
     * @param lastModified the day it last changed; a day, never a time, so that the sitemap says no more about
     *     when something was written than the page itself does
     */
    record PublicPage(String path, LocalDate lastModified) {}
}
