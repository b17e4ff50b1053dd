package org.hros.session.domain;

import java.time.Instant;
import java.util.List;
import org.hros.session.SessionKind;
import org.hros.shared.Topic;

/** A session in a listing: what, when, and how full; never who is coming. */
public record SessionCard(
        long id,
        String title,
        SessionKind kind,
        Instant startsAt,
        int durationMinutes,
        int capacity,
        int confirmed,
        List<Topic> topics) {

    public String path() {
        return "/sessions/" + id;
    }

    public int seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }
}
