package org.hros.session;

import java.util.List;
import java.util.Optional;

/** Reading live sessions from other modules (the feeds). */
public interface SessionCatalog {

    /** The sessions most recently scheduled or changed, newest change first. */
    List<SessionEntry> recentlyChanged(int limit);

    /** One session as anyone may read it; empty when there is no such session. */
    Optional<SessionEntry> entry(long sessionId);
}
