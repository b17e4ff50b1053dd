package org.hros.digest.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hros.digest.DigestReader;
import org.hros.member.MemberInterests;
import org.hros.member.MemberInterests.Interests;
import org.hros.member.MemberTimeZones;
import org.springframework.stereotype.Component;

/**
 * Finds the members whose digest is due: verified and not suspended, digest not off, and a slot of theirs (in their
 * own time zone, the one on their profile) passed after the end of their last digest's period and not longer ago
 * than the catch-up window ({@code hros.digest.catch-up}, a day by default: a node that was down over a slot sends
 * that digest late rather than never, but a member who just joined does not get last month's at once). A handful
 * of queries for the whole community: interests, choices, zones and last periods, each set-wise.
 */
@Component
class DueDigests {

    private final MemberInterests interests;
    private final MemberTimeZones timeZones;
    private final DigestPreferences preferences;
    private final DigestPeriods periods;
    private final Duration catchUp;

    DueDigests(
            MemberInterests interests,
            MemberTimeZones timeZones,
            DigestPreferences preferences,
            DigestPeriods periods,
            DigestProperties digestProperties) {
        this.interests = interests;
        this.timeZones = timeZones;
        this.preferences = preferences;
        this.periods = periods;
        this.catchUp = digestProperties.catchUp();
    }

    /** The readers whose digest is due at {@code now}, in member order, each with their zone. */
    List<DigestReader> at(Instant now) {
        Map<Long, Interests> active = interests.interestsOfActiveMembers();
        Map<Long, DigestChoice> chosen = preferences.chosen();
        Map<Long, ZoneId> zones = timeZones.zonesOf(active.keySet());
        Map<Long, Instant> lastEnds = periods.lastEnds();
        List<DigestReader> readers = new ArrayList<>();
        active.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            long memberId = entry.getKey();
            ZoneId zone = zones.getOrDefault(memberId, timeZones.defaultZone());
            DigestPreference preference =
                    chosen.getOrDefault(memberId, preferences.defaults()).in(zone);
            Instant lastEnd = lastEnds.get(memberId);
            Optional<Instant> slot = preference.latestSlot(now);
            if (slot.isEmpty()
                    || slot.get().isBefore(now.minus(catchUp))
                    || (lastEnd != null && !slot.get().isAfter(lastEnd))) {
                return;
            }
            Instant since = DigestPeriods.since(lastEnd, preference, slot.get(), slot.get());
            readers.add(reader(memberId, entry.getValue(), since, slot.get(), zone));
        });
        return readers;
    }

    static DigestReader reader(long memberId, Interests interests, Instant since, Instant until, ZoneId zone) {
        return new DigestReader(memberId, interests.topics(), interests.skills(), since, until, zone);
    }
}
