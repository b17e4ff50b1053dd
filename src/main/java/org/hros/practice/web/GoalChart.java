package org.hros.practice.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hros.platform.web.SvgChart;
import org.hros.practice.domain.GoalViews.CheckInView;

/**
 * Draws a goal's metric over time as a small SVG on the server: no script, readable by screen readers through
 * its title and description, with the same numbers in a table beside it. Time runs left to right in proportion;
 * the target is a dashed line. The SVG's frame and parts come from {@link SvgChart}.
 */
public final class GoalChart {

    static final int WIDTH = 600;
    static final int HEIGHT = 240;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 36;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private GoalChart() {}

    /**
     * The chart's markup.
     *
     * @param id a prefix for the title and description ids, unique on the page
     * @param points check-ins that carry a value, oldest first
     * @param target the target value, or {@code null}
     */
    public static String svg(String id, List<CheckInView> points, BigDecimal target, String title, String desc) {
        double min = 0;
        double max = target == null ? 0 : target.doubleValue();
        for (CheckInView p : points) {
            min = Math.min(min, p.value().doubleValue());
            max = Math.max(max, p.value().doubleValue());
        }
        if (target != null) {
            min = Math.min(min, target.doubleValue());
        }
        if (max <= min) {
            max = min + 1;
        }
        max = max + (max - min) * 0.1;
        long first = points.isEmpty() ? 0 : points.get(0).createdAt().toEpochMilli();
        long last =
                points.isEmpty() ? 0 : points.get(points.size() - 1).createdAt().toEpochMilli();
        StringBuilder svg = SvgChart.open("goal-chart", id, WIDTH, HEIGHT, title, desc);
        int bottom = HEIGHT - BOTTOM;
        svg.append(line("goal-chart__axis", LEFT, TOP, LEFT, bottom));
        svg.append(line("goal-chart__axis", LEFT, bottom, WIDTH - RIGHT, bottom));
        svg.append(text("goal-chart__label", LEFT - 6, y(max, min, max) + 4, "end", number(max)));
        svg.append(text("goal-chart__label", LEFT - 6, y(min, min, max) + 4, "end", number(min)));
        if (target != null) {
            double ty = y(target.doubleValue(), min, max);
            svg.append("<line class=\"goal-chart__target\" x1=\"")
                    .append(LEFT)
                    .append("\" y1=\"")
                    .append(fmt(ty))
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y2=\"")
                    .append(fmt(ty))
                    .append("\" stroke-dasharray=\"6 4\"/>");
            svg.append(text("goal-chart__label", LEFT - 6, ty + 4, "end", number(target.doubleValue())));
        }
        if (!points.isEmpty()) {
            StringBuilder polyline = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (CheckInView p : points) {
                double x = x(p.createdAt(), first, last, points.size() == 1);
                double y = y(p.value().doubleValue(), min, max);
                polyline.append(fmt(x)).append(',').append(fmt(y)).append(' ');
                dots.append("<circle class=\"goal-chart__point\" cx=\"")
                        .append(fmt(x))
                        .append("\" cy=\"")
                        .append(fmt(y))
                        .append("\" r=\"4\"/>");
            }
            svg.append("<polyline class=\"goal-chart__line\" fill=\"none\" points=\"")
                    .append(polyline.toString().trim())
                    .append("\"/>");
            svg.append(dots);
            svg.append(text(
                    "goal-chart__label",
                    LEFT,
                    HEIGHT - 12,
                    "start",
                    day(points.get(0).createdAt())));
            if (points.size() > 1) {
                svg.append(text(
                        "goal-chart__label",
                        WIDTH - RIGHT,
                        HEIGHT - 12,
                        "end",
                        day(points.get(points.size() - 1).createdAt())));
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static double x(Instant at, long first, long last, boolean single) {
        double span = WIDTH - LEFT - RIGHT;
        if (single || last == first) {
            return LEFT + span / 2;
        }
        return LEFT + span * (at.toEpochMilli() - first) / (double) (last - first);
    }

    private static double y(double value, double min, double max) {
        double span = HEIGHT - TOP - BOTTOM;
        return TOP + span * (1 - (value - min) / (max - min));
    }

    private static String line(String cls, double x1, double y1, double x2, double y2) {
        return SvgChart.line(cls, x1, y1, x2, y2);
    }

    private static String text(String cls, double x, double y, String anchor, String content) {
        return SvgChart.text(cls, x, y, anchor, content);
    }

    static String number(double value) {
        return SvgChart.number(value);
    }

    private static String day(Instant at) {
        return DAY.format(at.atZone(ZoneOffset.UTC));
    }

    private static String fmt(double v) {
        return SvgChart.fmt(v);
    }
}
