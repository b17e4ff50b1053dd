package org.hros.radar.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hros.shared.NotFoundException;
import org.hros.shared.Quadrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the current radar as the last refresh stored it, with the editors' overrides. */
@Service
@Transactional(readOnly = true)
public class RadarQueries {

    private static final String COLUMNS = "select b.kind, b.slug, b.name, b.quadrant, b.ring, o.ring as override_ring,"
            + " o.rationale, b.cases, b.successes, b.mixed, b.failures, b.recent_cases, b.helpful, b.open_requests,"
            + " b.case_ids, b.request_ids from radar_blip b left join radar_override o on o.blip_key = b.blip_key";

    /** The blips behind one blip's page: where it stands and which cases and requests put it there. */
    public record BlipEvidence(Placement placement, List<Long> caseIds, List<Long> requestIds) {}

    private final JdbcClient jdbc;

    RadarQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every blip on the radar now: placed by the rule or by an editor. */
    public List<Placement> current() {
        return jdbc.sql(COLUMNS + " where coalesce(o.ring, b.ring) is not null order by b.quadrant, b.name")
                .query((rs, i) -> placement(rs))
                .list();
    }

    /** One blip, whether or not it is on the radar now. */
    public BlipEvidence blip(String kind, String slug) {
        return jdbc.sql(COLUMNS + " where b.blip_key = ?")
                .param(kind + ":" + slug)
                .query((rs, i) ->
                        new BlipEvidence(placement(rs), ids(rs.getArray("case_ids")), ids(rs.getArray("request_ids"))))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such blip"));
    }

    public Optional<java.time.Instant> computedAt() {
        return jdbc.sql("select max(computed_at) from radar_blip")
                .query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .single();
    }

    private static Placement placement(ResultSet rs) throws SQLException {
        Ring computed = ring(rs.getString("ring"));
        Ring override = ring(rs.getString("override_ring"));
        return new Placement(
                rs.getString("kind"),
                rs.getString("slug"),
                rs.getString("name"),
                Quadrant.valueOf(rs.getString("quadrant")),
                override != null ? override : computed,
                computed,
                override != null ? rs.getString("rationale") : null,
                evidence(rs));
    }

    static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(
                rs.getInt("cases"),
                rs.getInt("successes"),
                rs.getInt("mixed"),
                rs.getInt("failures"),
                rs.getInt("recent_cases"),
                rs.getLong("helpful"),
                rs.getInt("open_requests"));
    }

    static Ring ring(String name) {
        return name == null ? null : Ring.valueOf(name);
    }

    private static List<Long> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
