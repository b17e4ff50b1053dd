package org.hros.notification.domain;

import java.util.Set;
import java.util.stream.Collectors;
import org.hros.circle.CircleMemberships;
import org.springframework.stereotype.Component;

/**
 * Keeps notices about a circle to its members now, not when the notice was made: listing, counting and mailing
 * all ask which circles the member is in at that moment, so someone removed from a circle (or who left it) stops
 * seeing and being mailed its notices at once.
 */
@Component
class CircleScope {

    private final CircleMemberships circles;

    CircleScope(CircleMemberships circles) {
        this.circles = circles;
    }

    /** The circles the member is in now. */
    Set<Long> circlesOf(long memberId) {
        return circles.circlesOf(memberId).stream()
                .map(CircleMemberships.CircleLabel::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean isMember(long circleId, long memberId) {
        return circles.isMember(circleId, memberId);
    }

    /** An SQL condition on {@code notice n} that keeps the notices this member may see now. */
    String visibleTo(long memberId) {
        Set<Long> mine = circlesOf(memberId);
        if (mine.isEmpty()) {
            return "n.circle_id is null";
        }
        // Only numbers, from our own database: nothing typed reaches this text.
        return "(n.circle_id is null or n.circle_id in ("
                + mine.stream().map(String::valueOf).collect(Collectors.joining(",")) + "))";
    }
}
