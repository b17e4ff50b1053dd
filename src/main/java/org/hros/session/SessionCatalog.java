package org.hros.session;

import java.util.List;

/** Reading live sessions from other modules (the feeds). */
public interface SessionCatalog {

    /** The sessions most recently scheduled or changed, newest change first. */
    List<SessionEntry> recentlyChanged(int limit);
}
