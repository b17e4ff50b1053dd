package org.hros.digest.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hros.digest.DigestReader;
import org.hros.member.MemberInterests;
import org.hros.member.MemberInterests.Interests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the members whose digest is due: verified and not suspended, digest not off, and a slot of theirs (in their
 * own time zone) passed after the end of their last digest's period and not longer ago than the catch-up window
 * ({@code hros.digest.catch-up}, a day by default: a node that was down over a slot sends that digest late rather
 * than never, but a member who just joined does not get last month's at once).
 */
@Component
class DueDigests {

    private final MemberInterests interests;
    private final DigestPreferences preferences;
    private final DigestPeriods periods;
    private final Duration catchUp;

    DueDigests(
            MemberInterests interests,
            DigestPreferences preferences,
            DigestPeriods periods,
            @Value("${hros.digest.catch-up:24h}") Duration catchUp) {
        this.interests = interests;
        this.preferences = preferences;
        this.periods = periods;
        this.catchUp = catchUp;
    }

    /** The readers whose digest is due at {@code now}, by member id, each with their zone. */
    Due at(Instant now) {
        Map<Long, DigestPreference> chosen = preferences.chosen();
        Map<Long, Instant> lastEnds = periods.lastEnds();
        List<DigestReader> readers = new ArrayList<>();
        Map<Long, ZoneId> zones = new HashMap<>();
        interests.interestsOfActiveMembers().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    long memberId = entry.getKey();
                    DigestPreference preference = chosen.getOrDefault(memberId, preferences.defaults());
                    Instant lastEnd = lastEnds.get(memberId);
                    Optional<Instant> slot = preference.latestSlot(now);
                    if (slot.isEmpty()
                            || slot.get().isBefore(now.minus(catchUp))
                            || (lastEnd != null && !slot.get().isAfter(lastEnd))) {
                        return;
                    }
                    Instant since = DigestPeriods.since(lastEnd, preference, slot.get(), slot.get());
                    readers.add(reader(memberId, entry.getValue(), since, slot.get()));
                    zones.put(memberId, preference.zone());
                });
        return new Due(readers, zones);
    }

    static DigestReader reader(long memberId, Interests interests, Instant since, Instant until) {
        return new DigestReader(memberId, interests.topics(), interests.skills(), since, until);
    }

    /** The due readers, in member order, and their zones. */
    record Due(List<DigestReader> readers, Map<Long, ZoneId> zones) {}
}
