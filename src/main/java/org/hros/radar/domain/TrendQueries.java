package org.hros.radar.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the trends job stored; computes nothing. */
@Service
@Transactional(readOnly = true)
public class TrendQueries {

    private final JdbcClient jdbc;

    TrendQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TrendRow> rows() {
        Map<String, List<Integer>> weekly = new HashMap<>();
        jdbc.sql("select kind, slug, cases + requests + votes as activity from trend_week order by kind, slug,"
                        + " week_start")
                .query(rs -> {
                    weekly.computeIfAbsent(rs.getString("kind") + ":" + rs.getString("slug"), k -> new ArrayList<>())
                            .add(rs.getInt("activity"));
                });
        record Raw(String kind, String slug, int weeks, TrendRow.Counts counts, int newThisMonth) {}
        Map<String, Raw[]> windows = new LinkedHashMap<>();
        jdbc.sql("select * from trend_window order by kind desc, slug, weeks").query(rs -> {
            Raw raw = new Raw(
                    rs.getString("kind"),
                    rs.getString("slug"),
                    rs.getInt("weeks"),
                    new TrendRow.Counts(
                            rs.getInt("cases"),
                            rs.getInt("cases_before"),
                            rs.getInt("requests"),
                            rs.getInt("requests_before"),
                            rs.getInt("votes"),
                            rs.getInt("votes_before"),
                            (Integer) rs.getObject("searches"),
                            (Integer) rs.getObject("searches_before")),
                    rs.getInt("new_this_month"));
            windows.computeIfAbsent(raw.kind() + ":" + raw.slug(), k -> new Raw[2])[raw.weeks() == 4 ? 0 : 1] = raw;
        });
        List<TrendRow> rows = new ArrayList<>();
        windows.forEach((key, pair) -> {
            if (pair[0] != null && pair[1] != null) {
                rows.add(new TrendRow(
                        pair[0].kind(),
                        pair[0].slug(),
                        pair[0].counts(),
                        pair[1].counts(),
                        weekly.getOrDefault(key, List.of()),
                        pair[0].newThisMonth()));
            }
        });
        return rows;
    }

    /**
     * The topics and skills whose activity (cases, requests, votes) rose over the last four weeks against the four
     * before, the biggest rise first (topics before skills, then by slug, when they rose alike).
     */
    public List<Rising> risingOverFourWeeks() {
        return jdbc.sql("select kind, slug, cases + requests + votes as activity,"
                        + " cases_before + requests_before + votes_before as before from trend_window"
                        + " where weeks = 4 and cases + requests + votes > cases_before + requests_before + votes_before"
                        + " order by (cases + requests + votes) - (cases_before + requests_before + votes_before) desc,"
                        + " kind desc, slug")
                .query((rs, i) -> new Rising(
                        rs.getString("kind"), rs.getString("slug"), rs.getInt("activity"), rs.getInt("before")))
                .list();
    }

    /**
     * A topic or skill on the rise.
     *
     * @param kind {@code topic} or {@code skill}
     * @param activity cases, requests and votes in the last four weeks; {@code before} in the four before them
     */
    public record Rising(String kind, String slug, int activity, int before) {

        public String messageKey() {
            return "vocabulary." + kind + "." + slug;
        }
    }

    public Optional<java.time.Instant> computedAt() {
        return jdbc.sql("select max(computed_at) from trend_window")
                .query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .single();
    }
}
