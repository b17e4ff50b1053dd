package org.hros.exercise.web;

import java.util.List;
import java.util.Locale;
import org.hros.exercise.check.AnalyticsReport;
import org.hros.exercise.domain.ExerciseViews.HistoryPoint;

/**
 * Small SVG charts drawn on the server, no script: scores over time, and analytics answers against the computed
 * values. Each has a title and a description for screen readers; the pages put the same numbers in a table beside it.
 */
public final class ExerciseCharts {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 200;
    private static final int PAD = 32;

    private ExerciseCharts() {}

    /** Scores of attempts, oldest first, on a 0–100 scale, with the pass mark at 60. */
    public static String history(List<HistoryPoint> newestFirst, String title, String desc) {
        List<HistoryPoint> points = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(points);
        StringBuilder svg = open("exercise-chart", "history", title, desc);
        svg.append(line(PAD, y(60), WIDTH - PAD, y(60), "exercise-chart__pass"));
        svg.append(line(PAD, y(0), WIDTH - PAD, y(0), "exercise-chart__axis"));
        svg.append(text(PAD - 6, y(100) + 4, "end", "100")).append(text(PAD - 6, y(0) + 4, "end", "0"));
        StringBuilder poly = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = points.size() == 1 ? WIDTH / 2.0 : PAD + (WIDTH - 2.0 * PAD) * i / (points.size() - 1);
            double yy = y(points.get(i).score());
            poly.append(fmt(x)).append(',').append(fmt(yy)).append(' ');
            svg.append("<circle class=\"exercise-chart__point")
                    .append(points.get(i).passed() ? " exercise-chart__point--passed" : "")
                    .append("\" cx=\"")
                    .append(fmt(x))
                    .append("\" cy=\"")
                    .append(fmt(yy))
                    .append("\" r=\"4\"/>");
        }
        svg.append("<polyline class=\"exercise-chart__line\" fill=\"none\" points=\"")
                .append(poly.toString().strip())
                .append("\"/>");
        return svg.append("</svg>").toString();
    }

    /** One pair of bars per numeric answer: the member's (upper) and the computed one (lower), each row to scale. */
    public static String answers(List<AnalyticsReport.Answer> answers, String title, String desc) {
        int row = 44;
        int height = Math.max(row, answers.size() * row) + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"exercise-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"answers-title answers-desc\">")
                .append("<title id=\"answers-title\">")
                .append(escape(title))
                .append("</title>")
                .append("<desc id=\"answers-desc\">")
                .append(escape(desc))
                .append("</desc>");
        for (int i = 0; i < answers.size(); i++) {
            var a = answers.get(i);
            double given = a.givenNumber() == null ? 0 : Math.max(0, a.givenNumber());
            double expected = a.expectedNumber();
            double max = Math.max(1e-9, Math.max(given, expected));
            int top = 4 + i * row;
            double span = WIDTH - 2.0 * PAD - 40;
            svg.append(text(PAD - 6, top + 16, "end", String.valueOf(i + 1)));
            svg.append(bar(
                    PAD,
                    top,
                    span * given / max,
                    a.within() ? "exercise-chart__bar--right" : "exercise-chart__bar--off"));
            svg.append(bar(PAD, top + 18, span * expected / max, "exercise-chart__bar--computed"));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String cls, String id, String title, String desc) {
        return new StringBuilder()
                .append("<svg class=\"")
                .append(cls)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
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

    private static String bar(double x, double y, double w, String cls) {
        return "<rect class=\"" + cls + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(Math.max(1, w))
                + "\" height=\"14\"/>";
    }

    private static double y(double score) {
        return PAD / 2.0 + (HEIGHT - PAD) * (1 - score / 100.0);
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\""
                + fmt(y2) + "\"/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text class=\"exercise-chart__label\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\">" + escape(content) + "</text>";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
