package org.hros.member;

import java.time.ZoneId;

/** The time zone each member reads times in: their own choice, or the installation's default until they choose. */
public interface MemberTimeZones {

    /** The member's zone; the default for an unknown member or one who has not chosen. */
    ZoneId zoneOf(long memberId);

    /** The zone times are shown in to visitors and to members who have not chosen. */
    ZoneId defaultZone();
}
