package org.hros.platform.pagecache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Told of every request the page cache answered, for a module whose page does more than render when it is read
 * (the search page counts searched topics for the trends), so that a kept page does not make the reading vanish.
 * Called on the request's thread; it must be quick and must not write to the response.
 */
public interface ServedFromCache {

    void served(HttpServletRequest request);
}
