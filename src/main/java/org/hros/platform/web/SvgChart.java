package org.hros.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG: no script, a title and a description for screen readers (the pages put the same
 * figures in a table beside each chart), and scaled to any width by their view box. Colours come from the
 * stylesheet's classes ({@code chart__…}), and a second series is dashed, so series differ by more than colour.
 */
public final class SvgChart {

    static final int WIDTH = 600;
    static final int HEIGHT = 240;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 36;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private SvgChart() {}

    /**
     * One line of a chart.
     *
     * @param modifier the CSS modifier of its line and points ({@code chart__line--…})
     * @param values one value per point; {@code null} leaves a gap
     */
    public record Series(String modifier, List<Double> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * A line chart of weekly figures: one point per week, evenly spaced, from zero up to a little over the largest
     * value, with the first and last week's Monday under the axis.
     *
     * @param id a prefix for the title and description ids, unique on the page
     * @param mondays each week's Monday, oldest first, as many as each series has values
     */
    public static String weekly(String id, String title, String desc, List<LocalDate> mondays, List<Series> series) {
        double max = 0;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        max = niceCeiling(max);
        StringBuilder svg = open("chart", id, WIDTH, HEIGHT, title, desc);
        int bottom = HEIGHT - BOTTOM;
        double half = y(max / 2, 0, max);
        svg.append(line("chart__grid", LEFT, half, WIDTH - RIGHT, half));
        svg.append(line("chart__axis", LEFT, TOP, LEFT, bottom));
        svg.append(line("chart__axis", LEFT, bottom, WIDTH - RIGHT, bottom));
        svg.append(text("chart__label", LEFT - 6, y(max, 0, max) + 4, "end", number(max)));
        svg.append(text("chart__label", LEFT - 6, half + 4, "end", number(max / 2)));
        svg.append(text("chart__label", LEFT - 6, y(0, 0, max) + 4, "end", "0"));
        int n = mondays.size();
        for (Series s : series) {
            List<StringBuilder> runs = new ArrayList<>();
            StringBuilder run = null;
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < n && i < s.values().size(); i++) {
                Double v = s.values().get(i);
                if (v == null) {
                    run = null;
                    continue;
                }
                if (run == null) {
                    run = new StringBuilder();
                    runs.add(run);
                }
                double x = n == 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0 : LEFT + (WIDTH - LEFT - RIGHT) * i / (n - 1.0);
                double yy = y(v, 0, max);
                run.append(fmt(x)).append(',').append(fmt(yy)).append(' ');
                dots.append("<circle class=\"chart__point chart__point--")
                        .append(escape(s.modifier()))
                        .append("\" cx=\"")
                        .append(fmt(x))
                        .append("\" cy=\"")
                        .append(fmt(yy))
                        .append("\" r=\"")
                        .append(n > 26 ? "2.5" : "3.5")
                        .append("\"/>");
            }
            for (StringBuilder r : runs) {
                svg.append("<polyline class=\"chart__line chart__line--")
                        .append(escape(s.modifier()))
                        .append("\" fill=\"none\" points=\"")
                        .append(r.toString().strip())
                        .append("\"/>");
            }
            svg.append(dots);
        }
        if (n > 0) {
            svg.append(text("chart__label", LEFT, HEIGHT - 12, "start", DAY.format(mondays.get(0))));
            if (n > 1) {
                svg.append(text("chart__label", WIDTH - RIGHT, HEIGHT - 12, "end", DAY.format(mondays.get(n - 1))));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The opening of a chart: the {@code svg} element with its view box, title and description. */
    public static StringBuilder open(String cls, String id, int width, int height, String title, String desc) {
        return new StringBuilder()
                .append("<svg class=\"")
                .append(cls)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(desc))
                .append("</desc>");
    }

    public static String line(String cls, double x1, double y1, double x2, double y2) {
        return "<line class=\"" + cls + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\""
                + fmt(y2) + "\"/>";
    }

    public static String text(String cls, double x, double y, String anchor, String content) {
        return "<text class=\"" + cls + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">"
                + escape(content) + "</text>";
    }

    /** A value as the axis shows it: at most one decimal, no trailing zero. */
    public static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A coordinate, with one decimal whatever the locale. */
    public static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code max} (1 for an empty chart). */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max - 1e-9) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static double y(double value, double min, double max) {
        double span = HEIGHT - TOP - BOTTOM;
        return TOP + span * (1 - (value - min) / (max - min));
    }
}
