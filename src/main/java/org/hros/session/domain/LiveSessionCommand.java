package org.hros.session.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hros.session.SessionKind;
import org.hros.shared.Topic;

/**
 * What an editor says when scheduling or changing a live session.
 *
 * @param hostHandles the handles of the members who host it, in the order shown
 * @param bornFromRequestId the request it answers, or {@code null}
 */
public record LiveSessionCommand(
        SessionKind kind,
        String title,
        String summary,
        Instant startsAt,
        int durationMinutes,
        int capacity,
        String placeUrl,
        String venue,
        Long bornFromRequestId,
        List<String> hostHandles,
        Set<Topic> topics) {}
