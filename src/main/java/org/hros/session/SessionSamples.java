package org.hros.session;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hros.shared.Topic;

/**
 * Scheduling live sessions, taking seats and recording what happened, for the demo community. The same checks as the
 * editors' pages apply. Never reachable from a page or the API.
 */
public interface SessionSamples {

    /** Schedules an upcoming session as the given editor; returns its id. */
    long scheduleSample(long editorId, SampleSession session);

    /** A member RSVPs: a seat while there are free ones, otherwise the waiting list. Returns whether it was a seat. */
    boolean rsvpSample(long sessionId, long memberId);

    /**
     * A session that already took place, with its recording, notes and what it covered; returns its id. Its start
     * must be in the past.
     */
    long pastSample(long editorId, SampleSession session, SampleAfterwards afterwards);

    /**
     * A session as an editor would schedule it.
     *
     * @param placeUrl where to join online, or {@code null}
     * @param bornFromRequestId the request it answers, or {@code null}
     * @param hostIds the members who host it, in the order shown
     */
    record SampleSession(
            SessionKind kind,
            String title,
            String summary,
            Instant startsAt,
            int durationMinutes,
            int capacity,
            String placeUrl,
            Long bornFromRequestId,
            List<Long> hostIds,
            Set<Topic> topics) {}

    /** What an editor records after a session: the recording's address, notes (Markdown) and what it covered. */
    record SampleAfterwards(String recordingUrl, String notes, List<Long> caseIds, List<Long> requestIds) {}
}
