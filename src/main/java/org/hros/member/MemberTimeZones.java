package org.hros.member;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

/**
 * The time zone each member reads times in: their own choice (on their profile), or the installation's default until
 * they choose. It is the member's one zone: live sessions show their times in it and the digest comes at the hour
 * the member chose in it.
 */
public interface MemberTimeZones {

    /** The member's zone; the default for an unknown member or one who has not chosen. */
    ZoneId zoneOf(long memberId);

    /**
     * The zones of many members at once, for periodic mail (the digest): every id asked for maps to its zone, the
     * default for those who have not chosen or are unknown. One query, however many members.
     */
    Map<Long, ZoneId> zonesOf(Collection<Long> memberIds);

    /** The zone times are shown in to visitors and to members who have not chosen. */
    ZoneId defaultZone();
}
