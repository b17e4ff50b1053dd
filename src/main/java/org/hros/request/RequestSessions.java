package org.hros.request;

import java.time.Instant;
import java.util.List;

/**
 * Implemented by the live sessions module, so that a request's page lists the sessions born from it without this
 * module depending on that one.
 */
public interface RequestSessions {

    /** The sessions born from this request, soonest first. */
    List<BornSession> bornFrom(long requestId);

    /** A session as a request's page links to it. */
    record BornSession(String title, String path, Instant startsAt) {}
}
