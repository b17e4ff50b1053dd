package org.hros.circle;

import java.util.List;
import java.util.Set;

/** Who shares a circle with whom, for things members share "with my circles". Never which circles they are. */
public interface CircleMemberships {

    /** Whether the two members are both in at least one circle (a member always shares with themselves). */
    boolean shareACircle(long memberId, long otherMemberId);

    /** Every member who shares at least one circle with {@code memberId}, not including them. */
    Set<Long> circleMatesOf(long memberId);

    /** The circles the member is in, by name, for choosing one to share something with. Only ever shown to them. */
    default List<CircleLabel> circlesOf(long memberId) {
        return List.of();
    }

    /** Whether the member is in this circle now. */
    default boolean isMember(long circleId, long memberId) {
        return false;
    }

    /**
     * A circle as its own member may see it named in a choice.
     *
     * @param chathamHouse whether the circle keeps the Chatham House rule: what members share there is never shown
     *     with their names
     */
    record CircleLabel(long id, String name, boolean chathamHouse) {}
}
