package org.hros.digest.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.hros.digest.DigestPart;

/** One member's digest for one period: its sections in order, none when there is nothing new for them. */
public record Digest(long memberId, Instant since, Instant until, ZoneId zone, List<DigestPart> parts) {

    public Digest {
        parts = List.copyOf(parts);
    }

    public boolean empty() {
        return parts.isEmpty();
    }

    public int itemCount() {
        return parts.stream().mapToInt(p -> p.items().size()).sum();
    }
}
