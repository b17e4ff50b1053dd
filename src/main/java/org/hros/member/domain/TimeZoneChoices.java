package org.hros.member.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hros.member.MemberTimeZones;
import org.hros.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' time zones. The choice is one of the region-based zone ids Java knows ({@code Europe/Berlin}), so
 * summer time follows the place; anything else is refused.
 */
@Service
public class TimeZoneChoices implements MemberTimeZones {

    private final MemberRepository members;
    private final ZoneId defaultZone;

    TimeZoneChoices(MemberRepository members, @Value("${hros.default-time-zone:UTC}") String defaultZone) {
        this.members = members;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId zoneOf(long memberId) {
        return members.findById(memberId)
                .map(Member::timeZone)
                .flatMap(TimeZoneChoices::parse)
                .orElse(defaultZone);
    }

    @Override
    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** The zone ids a member may choose from: UTC, then the places, sorted, for the settings page's list. */
    public List<String> choices() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("UTC"),
                        ZoneId.getAvailableZoneIds().stream()
                                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                                .sorted())
                .toList();
    }

    /** Saves the member's zone; returns false (and saves nothing) for an id that is not one of the choices. */
    @Transactional
    public boolean choose(long memberId, String zoneId) {
        if (zoneId == null || !choices().contains(zoneId)) {
            return false;
        }
        members.findById(memberId)
                .orElseThrow(() -> new NotFoundException("No such member"))
                .chooseTimeZone(zoneId);
        return true;
    }

    private static Optional<ZoneId> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
