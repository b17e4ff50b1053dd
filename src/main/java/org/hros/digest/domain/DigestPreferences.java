package org.hros.digest.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's choice of when the digest comes. A member who never chose gets it weekly, on the community's
 * default day and hour ({@code hros.digest.default-day}, {@code -hour}, {@code -zone}).
 */
@Service
public class DigestPreferences {

    private final JdbcClient jdbc;
    private final DigestPreference defaults;

    DigestPreferences(
            JdbcClient jdbc,
            @Value("${hros.digest.default-day:MONDAY}") DayOfWeek day,
            @Value("${hros.digest.default-hour:8}") int hour,
            @Value("${hros.digest.default-zone:UTC}") String zone) {
        this.jdbc = jdbc;
        this.defaults = new DigestPreference(
                DigestFrequency.WEEKLY,
                day,
                hour,
                TimeZones.parse(zone)
                        .orElseThrow(() -> new IllegalArgumentException("hros.digest.default-zone: " + zone)));
    }

    public DigestPreference defaults() {
        return defaults;
    }

    @Transactional(readOnly = true)
    public DigestPreference of(long memberId) {
        return jdbc.sql("select frequency, day_of_week, hour, zone from digest_preference where member_id = ?")
                .param(memberId)
                .query((rs, n) -> row(rs))
                .optional()
                .orElse(defaults);
    }

    /** Every choice made, by member; members absent from it have {@link #defaults()}. */
    @Transactional(readOnly = true)
    Map<Long, DigestPreference> chosen() {
        Map<Long, DigestPreference> all = new HashMap<>();
        jdbc.sql("select member_id, frequency, day_of_week, hour, zone from digest_preference")
                .query((rs, n) -> all.put(rs.getLong("member_id"), row(rs)))
                .list();
        return all;
    }

    @Transactional
    public void save(long memberId, DigestPreference choice) {
        jdbc.sql("insert into digest_preference (member_id, frequency, day_of_week, hour, zone)"
                        + " select ?, ?, ?, ?, ? where exists (select 1 from member where id = ?)"
                        + " on conflict (member_id) do update set frequency = excluded.frequency,"
                        + " day_of_week = excluded.day_of_week, hour = excluded.hour, zone = excluded.zone")
                .params(
                        memberId,
                        choice.frequency().name(),
                        choice.day().name(),
                        choice.hour(),
                        choice.zone().getId(),
                        memberId)
                .update();
    }

    /** Turns the member's digest off, keeping their day, hour and zone for when they turn it on again. */
    @Transactional
    public void turnOff(long memberId) {
        DigestPreference now = of(memberId);
        save(memberId, new DigestPreference(DigestFrequency.OFF, now.day(), now.hour(), now.zone()));
    }

    private DigestPreference row(java.sql.ResultSet rs) throws java.sql.SQLException {
        ZoneId zone = TimeZones.parse(rs.getString("zone")).orElse(defaults.zone());
        return new DigestPreference(
                DigestFrequency.valueOf(rs.getString("frequency")),
                DayOfWeek.valueOf(rs.getString("day_of_week")),
                rs.getInt("hour"),
                zone);
    }
}
