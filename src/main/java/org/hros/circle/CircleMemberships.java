package org.hros.circle;

import java.util.Set;

/** Who shares a circle with whom, for things members share "with my circles". Never which circles they are. */
public interface CircleMemberships {

    /** Whether the two members are both in at least one circle (a member always shares with themselves). */
    boolean shareACircle(long memberId, long otherMemberId);

    /** Every member who shares at least one circle with {@code memberId}, not including them. */
    Set<Long> circleMatesOf(long memberId);
}
