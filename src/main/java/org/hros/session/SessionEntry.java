package org.hros.session;

import java.time.Instant;
import java.util.List;
import org.hros.shared.Topic;

/**
 * A live session as anyone may read it, for feeds. Never who RSVPed.
 *
 * @param path the session's page, e.g. {@code /sessions/12}
 * @param summaryHtml sanitised HTML of its summary
 * @param updatedAt when it was last changed (time, place, notes)
 */
public record SessionEntry(
        long id,
        String title,
        String path,
        SessionKind kind,
        String summaryHtml,
        Instant startsAt,
        int durationMinutes,
        Instant updatedAt,
        List<Topic> topics) {}
