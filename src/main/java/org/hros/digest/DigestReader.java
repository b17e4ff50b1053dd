package org.hros.digest;

import java.time.Instant;
import java.util.Set;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * The member a digest is built for, and its period: what they chose to follow on their profile and the moments
 * between which news belongs in this digest ({@code since} inclusive, {@code until} exclusive).
 */
public record DigestReader(long memberId, Set<Topic> topics, Set<Skill> skills, Instant since, Instant until) {

    public DigestReader {
        topics = Set.copyOf(topics);
        skills = Set.copyOf(skills);
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("A digest's period must not be empty");
        }
    }

    /** Whether {@code moment} falls in this reader's period. */
    public boolean covers(Instant moment) {
        return !moment.isBefore(since) && moment.isBefore(until);
    }
}
