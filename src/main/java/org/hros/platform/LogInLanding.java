package org.hros.platform;

import java.util.Optional;

/**
 * Where a member who logged in with their password goes first when they were going nowhere in particular (no page
 * asked them to log in, no form of theirs was kept). The module that knows provides a bean, so that the security
 * layer depends on none of them.
 */
public interface LogInLanding {

    /** The page to show first, such as the welcome a member has not had yet; empty for the usual home page. */
    Optional<String> firstPage(long memberId);
}
