package org.hros.team;

import java.util.List;
import java.util.Optional;

/**
 * Which teams a member belongs to, for things members share "with my team" (a reflection on a track's step).
 * Implemented by this module. It never tells anyone about a team they are not in.
 */
public interface TeamMemberships {

    /** The teams {@code memberId} belongs to, by name. */
    List<TeamRef> teamsOf(long memberId);

    /** Whether {@code memberId} is in team {@code teamId} now (false for a team that does not exist). */
    boolean isMember(long teamId, long memberId);

    /** Whether the two members are both in at least one team (a member always shares with themselves). */
    boolean shareATeam(long memberId, long otherMemberId);

    /** The team's name, only if {@code viewerId} is in it. */
    Optional<String> teamName(long teamId, long viewerId);

    /** A team as a member of it may see it named. */
    record TeamRef(long id, String name) {}
}
