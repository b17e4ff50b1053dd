package org.hros.exercise.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hros.exercise.ExerciseKind;
import org.hros.exercise.check.CheckSettings.AnalyticsSettings;
import org.hros.exercise.check.CheckSettings.CopySettings;
import org.hros.exercise.check.CheckSettings.HtmlSettings;
import org.springframework.stereotype.Component;

/** Runs the checks an exercise names on a submission and turns their findings into feedback. */
@Component
public class ExerciseChecker {

    private final HtmlValidity validity = new HtmlValidity();
    private final AccessibilityRules accessibility = new AccessibilityRules();
    private final JobPostingRules jobPosting = new JobPostingRules();
    private final CopyAnalysis copy = new CopyAnalysis();

    /**
     * @param text the HTML or text handed in (unused for analytics)
     * @param answers the answers by question id (analytics only)
     * @param startingMaterial what the member started from: the "before" of copy feedback
     */
    public Feedback check(
            ExerciseKind kind, String settingsJson, String startingMaterial, String text, Map<String, String> answers) {
        CheckSettings settings = CheckSettings.parse(kind, settingsJson);
        List<Finding> findings = new ArrayList<>();
        CopyReport copyReport = null;
        AnalyticsReport analyticsReport = null;
        if (settings instanceof HtmlSettings html) {
            if (html.validity()) {
                findings.addAll(validity.check(text));
            }
            if (html.accessibility()) {
                findings.addAll(accessibility.check(text));
            }
            if (html.jobPostingJsonLd()) {
                findings.addAll(jobPosting.check(text));
            }
        } else if (settings instanceof CopySettings c) {
            TextMeasures after = copy.measure(text);
            copyReport = new CopyReport(copy.measure(startingMaterial), after);
            findings.addAll(CopyRules.findings(c, after));
        } else if (settings instanceof AnalyticsSettings a) {
            var result = AnalyticsCheck.check(a.dataset(), answers == null ? Map.of() : answers);
            findings.addAll(result.findings());
            analyticsReport = result.report();
        }
        return Feedback.of(findings, copyReport, analyticsReport);
    }

    /** The data set of an analytics exercise, to ask its questions. */
    public AnalyticsDataset dataset(String settingsJson) {
        return ((AnalyticsSettings) CheckSettings.parse(ExerciseKind.ANALYTICS, settingsJson)).dataset();
    }
}
