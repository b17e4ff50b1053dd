package org.hros.radar.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.hros.radar.domain.TrendRow;

/**
 * The trends page: the topics and skills rising and falling most over four weeks, and every one of them with its
 * windows and weekly sparkline.
 *
 * @param searchMinimum search counts below this are not shown
 */
public record TrendsView(
        Instant asOf, List<TrendRow> rising, List<TrendRow> falling, List<TrendRow> rows, int searchMinimum) {

    static final int SHORTLIST = 5;
    static final int SPARK_WIDTH = 120;
    static final int SPARK_HEIGHT = 28;

    static TrendsView of(List<TrendRow> rows, Instant asOf, int searchMinimum) {
        List<TrendRow> rising = rows.stream()
                .filter(r -> r.fourWeeks().change() > 0)
                .sorted(Comparator.comparingInt((TrendRow r) -> -r.fourWeeks().change()))
                .limit(SHORTLIST)
                .toList();
        List<TrendRow> falling = rows.stream()
                .filter(r -> r.fourWeeks().change() < 0)
                .sorted(Comparator.comparingInt((TrendRow r) -> r.fourWeeks().change()))
                .limit(SHORTLIST)
                .toList();
        return new TrendsView(asOf, rising, falling, rows, searchMinimum);
    }

    /** The points of a row's sparkline, in an SVG {@code points} attribute. */
    public String sparkline(TrendRow row) {
        List<Integer> weeks = row.weekly();
        if (weeks.isEmpty()) {
            return "";
        }
        int max = Math.max(1, weeks.stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            double x = weeks.size() == 1 ? 0 : (double) SPARK_WIDTH * i / (weeks.size() - 1);
            double y = SPARK_HEIGHT - 2 - (SPARK_HEIGHT - 4.0) * weeks.get(i) / max;
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return points.toString().strip();
    }

    public int total(TrendRow row) {
        return row.weekly().stream().mapToInt(Integer::intValue).sum();
    }

    public int peak(TrendRow row) {
        return row.weekly().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public int sparkWidth() {
        return SPARK_WIDTH;
    }

    public int sparkHeight() {
        return SPARK_HEIGHT;
    }
}
