package org.hros.member;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Look-ups of members for other modules. */
public interface MemberDirectory {

    Optional<MemberCard> find(long memberId);

    Optional<PublicProfile> publicProfile(String handle);

    /** Cards for several members at once, keyed by id; unknown ids are absent. */
    Map<Long, MemberCard> cards(Collection<Long> memberIds);

    /** The address to write to about the member's own things (their cases, their account). */
    Optional<String> contactAddress(long memberId);
}
