package org.hros.exercise.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.exercise.check.AnalyticsDataset.Question;

/**
 * Compares a member's answers with the figures computed from the data set. A number outside the tolerance is a
 * blocking finding that says which question and by how much (in the question's unit and in percent); a wrong choice
 * says which question.
 */
final class AnalyticsCheck {

    static final String CHECK = "analytics";

    static Result check(AnalyticsDataset data, Map<String, String> answers) {
        List<Finding> findings = new ArrayList<>();
        List<AnalyticsReport.Answer> report = new ArrayList<>();
        int n = 0;
        for (Question q : data.questions()) {
            n++;
            String given = answers.getOrDefault(q.id(), "");
            given = given == null ? "" : given.strip();
            String expected = data.expected(q);
            boolean within;
            if (given.isEmpty()) {
                within = false;
                findings.add(Finding.blocking(CHECK, "exercise.analytics.unanswered", n));
            } else if (q.type().numeric()) {
                Double number = number(given);
                if (number == null) {
                    within = false;
                    findings.add(Finding.blocking(CHECK, "exercise.analytics.notANumber", n, given));
                } else {
                    double exp = Double.parseDouble(expected);
                    double off = number - exp;
                    double percent = exp == 0 ? (off == 0 ? 0 : 100) : Math.abs(off) * 100 / Math.abs(exp);
                    within = percent <= data.tolerance() + 1e-9;
                    if (!within) {
                        findings.add(Finding.blocking(
                                CHECK,
                                off > 0 ? "exercise.analytics.tooHigh" : "exercise.analytics.tooLow",
                                n,
                                round(Math.abs(off)),
                                round(percent)));
                    }
                }
            } else {
                within = given.equalsIgnoreCase(expected);
                if (!within) {
                    findings.add(Finding.blocking(CHECK, "exercise.analytics.wrongChoice", n, given));
                }
            }
            report.add(new AnalyticsReport.Answer(
                    q.id(), q.messageKey(), q.args(), q.type().numeric(), given, expected, within));
        }
        return new Result(findings, new AnalyticsReport(report));
    }

    record Result(List<Finding> findings, AnalyticsReport report) {}

    /** A number as people type it: "23.4", "23,4 %", "€1,250.50", "1 250". Null when it is none. */
    static Double number(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("[\\s%€$£\\u00a0]", "");
        if (t.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            t = t.replace(",", "");
        } else if (t.matches("-?\\d+,\\d+")) {
            t = t.replace(',', '.');
        }
        if (!t.matches("-?\\d+(\\.\\d+)?") || t.length() > 20) {
            return null;
        }
        return Double.parseDouble(t);
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
                .toLowerCase(Locale.ROOT);
    }

    private AnalyticsCheck() {}
}
