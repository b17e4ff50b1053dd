package org.hros.track;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Implemented by the module that keeps live sessions, so that a track's page can list the sessions that belong to
 * it without this module depending on that one: sessions that covered one of the track's cases or requests, or
 * were born from one of its requests.
 */
public interface TrackSessions {

    /** Those sessions, upcoming first (soonest first), then past ones (newest first), at most {@code limit}. */
    List<SessionLink> about(Collection<Long> caseIds, Collection<Long> requestIds, int limit);

    /** A session as a track's page links to it. */
    record SessionLink(String title, String path, Instant startsAt, boolean past) {}
}
