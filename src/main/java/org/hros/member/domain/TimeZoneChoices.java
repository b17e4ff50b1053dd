package org.hros.member.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hros.member.MemberTimeZones;
import org.hros.platform.HrosProperties;
import org.hros.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' time zones. The choice is one of the region-based zone ids Java knows ({@code Europe/Berlin}), so
 * summer time follows the place; anything else is refused.
 */
@Service
public class TimeZoneChoices implements MemberTimeZones {

    private final MemberRepository members;
    private final JdbcClient jdbc;
    private final ZoneId defaultZone;

    TimeZoneChoices(MemberRepository members, JdbcClient jdbc, HrosProperties hrosProperties) {
        this.members = members;
        this.jdbc = jdbc;
        this.defaultZone = hrosProperties.defaultTimeZone();
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
    @Transactional(readOnly = true)
    public Map<Long, ZoneId> zonesOf(Collection<Long> memberIds) {
        Map<Long, ZoneId> zones = new HashMap<>(Math.max(16, memberIds.size() * 2));
        memberIds.forEach(id -> zones.put(id, defaultZone));
        if (memberIds.isEmpty()) {
            return zones;
        }
        // One array parameter rather than one per member: the digest asks for the whole community at once.
        jdbc.sql("select id, time_zone from member where id = any(?) and time_zone is not null")
                .param(memberIds.toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong("id");
                    parse(rs.getString("time_zone")).ifPresent(zone -> zones.put(id, zone));
                });
        return zones;
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
