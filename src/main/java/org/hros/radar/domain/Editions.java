package org.hros.radar.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hros.radar.RadarEditions;
import org.hros.shared.Quadrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quarterly editions: stored snapshots of the radar that stay readable for ever, one per quarter. */
@Service
public class Editions implements RadarEditions {

    private static final Pattern KEY = Pattern.compile("\\d{4}-q[1-4]");

    private final JdbcClient jdbc;
    private final RadarQueries radar;
    private final Clock clock;

    Editions(JdbcClient jdbc, RadarQueries radar, Clock clock) {
        this.jdbc = jdbc;
        this.radar = radar;
        this.clock = clock;
    }

    /** The quarter an instant falls in, as an edition's key: {@code 2025-q3}. */
    public static String keyOf(Instant instant) {
        ZonedDateTime at = instant.atZone(ZoneOffset.UTC);
        return at.getYear() + "-q" + ((at.getMonthValue() - 1) / 3 + 1);
    }

    public static boolean validKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public static String title(String key) {
        return key.replace("-q", " Q");
    }

    /** This quarter's key, by the application's clock. */
    public String thisQuarter() {
        return keyOf(clock.instant());
    }

    /** Whether this quarter's edition is already out. */
    @Transactional(readOnly = true)
    public boolean publishedThisQuarter() {
        return exists(keyOf(clock.instant()));
    }

    /**
     * Publishes this quarter's edition from the current radar.
     *
     * @param editorId the editor who published it, or null for the scheduled job
     * @return whether an edition was published; false when this quarter's already was
     */
    @Transactional
    public boolean publish(Long editorId) {
        String key = keyOf(clock.instant());
        Optional<Long> id = jdbc.sql("insert into radar_edition (edition_key, published_at, editor_id) values (?, ?, ?)"
                        + " on conflict (edition_key) do nothing returning id")
                .params(key, Timestamp.from(clock.instant()), editorId)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return false;
        }
        for (Placement p : radar.current()) {
            Evidence e = p.evidence();
            jdbc.sql("insert into radar_edition_blip (edition_id, blip_key, kind, slug, name, quadrant, ring,"
                            + " rationale, cases, successes, mixed, failures, recent_cases, helpful, open_requests)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id.get(),
                            p.key(),
                            p.kind(),
                            p.slug(),
                            p.name(),
                            p.quadrant().name(),
                            p.ring().name(),
                            p.rationale(),
                            e.cases(),
                            e.successes(),
                            e.mixed(),
                            e.failures(),
                            e.recentCases(),
                            e.helpful(),
                            e.openRequests())
                    .update();
        }
        return true;
    }

    @Transactional(readOnly = true)
    public boolean exists(String key) {
        return jdbc.sql("select count(*) from radar_edition where edition_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> publishedAt(String key) {
        return jdbc.sql("select published_at from radar_edition where edition_key = ?")
                .param(key)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** The editions published from {@code from} (inclusive) until {@code until} (exclusive), oldest first. */
    @Transactional(readOnly = true)
    public List<Published> publishedBetween(Instant from, Instant until) {
        return jdbc.sql("select edition_key, published_at from radar_edition where published_at >= ?"
                        + " and published_at < ? order by published_at, id")
                .params(Timestamp.from(from), Timestamp.from(until))
                .query((rs, i) -> new Published(
                        rs.getString("edition_key"),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    /** An edition's key and when it came out. */
    public record Published(String key, Instant publishedAt) {}

    /** Every edition's key, newest first. */
    @Transactional(readOnly = true)
    public List<String> keys() {
        return jdbc.sql("select edition_key from radar_edition order by published_at desc, id desc")
                .query(String.class)
                .list();
    }

    /** The edition published before {@code key}, or the newest when {@code key} is null (the current radar). */
    @Transactional(readOnly = true)
    public Optional<String> before(String key) {
        List<String> keys = keys();
        if (key == null) {
            return keys.stream().findFirst();
        }
        int at = keys.indexOf(key);
        return at < 0 || at + 1 >= keys.size() ? Optional.empty() : Optional.of(keys.get(at + 1));
    }

    @Transactional(readOnly = true)
    public List<Placement> placements(String key) {
        return jdbc.sql("select b.* from radar_edition_blip b join radar_edition e on e.id = b.edition_id"
                        + " where e.edition_key = ? order by b.quadrant, b.name")
                .param(key)
                .query((rs, i) -> new Placement(
                        rs.getString("kind"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        Quadrant.valueOf(rs.getString("quadrant")),
                        Ring.valueOf(rs.getString("ring")),
                        Ring.valueOf(rs.getString("ring")),
                        rs.getString("rationale"),
                        RadarQueries.evidence(rs)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EditionSummary> newest(int limit) {
        List<String> keys = keys();
        return keys.stream()
                .limit(limit)
                .map(key -> {
                    List<Placement> now = placements(key);
                    List<Placement> earlier = before(key).map(this::placements).orElse(List.of());
                    Map<String, EditionDiff.Move> moves = EditionDiff.moves(earlier, now);
                    return new EditionSummary(
                            key,
                            title(key),
                            publishedAt(key).orElseThrow(),
                            now.size(),
                            count(moves, EditionDiff.Movement.MOVED_IN),
                            count(moves, EditionDiff.Movement.MOVED_OUT),
                            count(moves, EditionDiff.Movement.NEW));
                })
                .toList();
    }

    private static int count(Map<String, EditionDiff.Move> moves, EditionDiff.Movement movement) {
        return (int)
                moves.values().stream().filter(m -> m.movement() == movement).count();
    }
}
