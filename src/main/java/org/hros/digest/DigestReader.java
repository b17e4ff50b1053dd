package org.hros.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * The member a digest is built for, and its period: what they chose to follow on their profile, the moments
 * between which news belongs in this digest ({@code since} inclusive, {@code until} exclusive), and the time zone
 * they read times in (the one on their profile), for sections that show a time such as a session's start.
 */
public record DigestReader(
        long memberId, Set<Topic> topics, Set<Skill> skills, Instant since, Instant until, ZoneId zone) {

    public DigestReader {
        topics = Set.copyOf(topics);
        skills = Set.copyOf(skills);
        Objects.requireNonNull(zone, "zone");
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("A digest's period must not be empty");
        }
    }

    /** Whether {@code moment} falls in this reader's period. */
    public boolean covers(Instant moment) {
        return !moment.isBefore(since) && moment.isBefore(until);
    }
}
