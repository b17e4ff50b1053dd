package org.hros.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hros.dashboard.domain.CommunityFigures;
import org.hros.dashboard.domain.WeekFigures;
import org.hros.platform.web.PageContext;
import org.hros.platform.web.SvgChart;

/**
 * The dashboard's charts, each one or two weekly series drawn by {@link SvgChart}; the page renders them all alike:
 * a heading, the chart with its legend, and a table of the same figures.
 */
public enum DashboardChart {
    JOINED(new Line("a", "dashboard.series.joined", true, w -> w.membersJoined())),
    CASES(
            new Line("a", "dashboard.series.submitted", true, w -> w.casesSubmitted()),
            new Line("b", "dashboard.series.published", true, w -> w.casesPublished())),
    REQUESTS(
            new Line("a", "dashboard.series.opened", true, w -> w.requestsOpened()),
            new Line("b", "dashboard.series.answered", true, w -> w.requestsAnswered())),
    FIRST_ACTION(new Line("a", "dashboard.series.firstAction", false, WeekFigures::medianFirstActionHours)),
    QUEUE(
            new Line("a", "dashboard.series.queueOldest", false, WeekFigures::queueOldestDays),
            new Line("b", "dashboard.series.queueMedian", false, WeekFigures::queueMedianDays),
            new Line(null, "dashboard.series.queueWaiting", true, w -> w.queueWaiting())),
    FLAGS(new Line("a", "dashboard.series.flags", true, w -> w.flagsHandled()));

    /**
     * One column of figures: drawn as a line when it has a modifier, otherwise shown in the table only.
     *
     * @param count whether the figure is a count (summed in the description) rather than a measure
     */
    public record Line(String modifier, String messageKey, boolean count, Function<WeekFigures, Number> figure) {

        /** The figure of one week, or {@code null} when there was nothing to measure. */
        public Number of(WeekFigures week) {
            return figure.apply(week);
        }
    }

    private final List<Line> lines;

    DashboardChart(Line... lines) {
        this.lines = List.of(lines);
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "dashboard.chart." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Line> drawn() {
        return lines.stream().filter(l -> l.modifier() != null).toList();
    }

    /** The chart's SVG, its description summing up each drawn line. */
    public String svg(PageContext ctx, CommunityFigures figures) {
        List<WeekFigures> rows = figures.rows();
        StringBuilder desc = new StringBuilder(ctx.t(
                "dashboard.chart.desc",
                rows.size(),
                ctx.t(messageKey() + ".unit"),
                rows.get(0).monday().toString(),
                rows.get(rows.size() - 1).monday().toString()));
        List<SvgChart.Series> series = new ArrayList<>();
        for (Line line : drawn()) {
            List<Double> values = rows.stream()
                    .map(line::of)
                    .map(n -> n == null ? null : n.doubleValue())
                    .toList();
            series.add(new SvgChart.Series(line.modifier(), values));
            List<Double> known = values.stream().filter(Objects::nonNull).toList();
            if (line.count()) {
                long total = Math.round(
                        known.stream().mapToDouble(Double::doubleValue).sum());
                long peak = Math.round(
                        known.stream().mapToDouble(Double::doubleValue).max().orElse(0));
                desc.append(' ').append(ctx.t("dashboard.chart.desc.count", ctx.t(line.messageKey()), total, peak));
            } else if (known.isEmpty()) {
                desc.append(' ').append(ctx.t("dashboard.chart.desc.unmeasured", ctx.t(line.messageKey())));
            } else {
                desc.append(' ')
                        .append(ctx.t(
                                "dashboard.chart.desc.measure",
                                ctx.t(line.messageKey()),
                                known.size(),
                                plain(known.stream()
                                        .mapToDouble(Double::doubleValue)
                                        .min()
                                        .orElse(0)),
                                plain(known.stream()
                                        .mapToDouble(Double::doubleValue)
                                        .max()
                                        .orElse(0))));
            }
        }
        return SvgChart.weekly(
                "chart-" + key(),
                ctx.t(messageKey() + ".title"),
                desc.toString(),
                rows.stream().map(WeekFigures::monday).toList(),
                series);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
