package org.hros.exercise.check;

import java.util.List;

/**
 * What the checks said about one submission. An attempt passes when no blocking finding remains. The score starts
 * at 100 and loses 20 points per blocking finding and 5 per piece of advice, never below 0; a passing attempt
 * scores at least 60, a failing one at most 59, so the score never contradicts the verdict.
 *
 * @param copy the text measures of a copywriting exercise, or {@code null}
 * @param analytics the answers compared with the computed figures, or {@code null}
 */
public record Feedback(List<Finding> findings, int score, boolean passed, CopyReport copy, AnalyticsReport analytics) {

    public Feedback {
        findings = List.copyOf(findings);
    }

    public static Feedback of(List<Finding> findings, CopyReport copy, AnalyticsReport analytics) {
        long blocking = findings.stream().filter(Finding::blocking).count();
        long advice = findings.size() - blocking;
        boolean passed = blocking == 0;
        int raw = (int) Math.max(0, 100 - 20 * blocking - 5 * advice);
        int score = passed ? Math.max(60, raw) : Math.min(59, raw);
        return new Feedback(findings, score, passed, copy, analytics);
    }

    public List<Finding> blockingFindings() {
        return findings.stream().filter(Finding::blocking).toList();
    }

    public List<Finding> advice() {
        return findings.stream().filter(f -> !f.blocking()).toList();
    }
}
