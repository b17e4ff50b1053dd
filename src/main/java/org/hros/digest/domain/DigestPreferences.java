package org.hros.digest.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import org.hros.member.MemberTimeZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's choice of when the digest comes. A member who never chose gets it weekly, on the community's
 * default day and hour ({@code hros.digest.default-day}, {@code -hour}). The hour is one of the member's own time
 * zone, read from the member module ({@link MemberTimeZones}, chosen on the profile): the digest keeps no zone of
 * its own, so a member never has two.
 */
@Service
public class DigestPreferences {

    private final JdbcClient jdbc;
    private final MemberTimeZones zones;
    private final DigestChoice defaults;

    DigestPreferences(JdbcClient jdbc, MemberTimeZones zones, DigestProperties digestProperties) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.defaults =
                new DigestChoice(DigestFrequency.WEEKLY, digestProperties.defaultDay(), digestProperties.defaultHour());
    }

    public DigestChoice defaults() {
        return defaults;
    }

    /** When the member's digest comes, in their zone. */
    @Transactional(readOnly = true)
    public DigestPreference of(long memberId) {
        return choiceOf(memberId).in(zones.zoneOf(memberId));
    }

    @Transactional(readOnly = true)
    public DigestChoice choiceOf(long memberId) {
        return jdbc.sql("select frequency, day_of_week, hour from digest_preference where member_id = ?")
                .param(memberId)
                .query((rs, n) -> row(rs))
                .optional()
                .orElse(defaults);
    }

    /** Every choice made, by member; members absent from it have {@link #defaults()}. */
    @Transactional(readOnly = true)
    Map<Long, DigestChoice> chosen() {
        Map<Long, DigestChoice> all = new HashMap<>();
        jdbc.sql("select member_id, frequency, day_of_week, hour from digest_preference")
                .query(rs -> {
                    all.put(rs.getLong("member_id"), row(rs));
                });
        return all;
    }

    @Transactional
    public void save(long memberId, DigestChoice choice) {
        jdbc.sql("insert into digest_preference (member_id, frequency, day_of_week, hour)"
                        + " select ?, ?, ?, ? where exists (select 1 from member where id = ?)"
                        + " on conflict (member_id) do update set frequency = excluded.frequency,"
                        + " day_of_week = excluded.day_of_week, hour = excluded.hour")
                .params(memberId, choice.frequency().name(), choice.day().name(), choice.hour(), memberId)
                .update();
    }

    /** Turns the member's digest off, keeping their day and hour for when they turn it on again. */
    @Transactional
    public void turnOff(long memberId) {
        DigestChoice now = choiceOf(memberId);
        save(memberId, new DigestChoice(DigestFrequency.OFF, now.day(), now.hour()));
    }

    private static DigestChoice row(ResultSet rs) throws SQLException {
        return new DigestChoice(
                DigestFrequency.valueOf(rs.getString("frequency")),
                DayOfWeek.valueOf(rs.getString("day_of_week")),
                rs.getInt("hour"));
    }
}
