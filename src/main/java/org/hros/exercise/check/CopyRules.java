package org.hros.exercise.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hros.exercise.check.CheckSettings.CopySettings;

/**
 * Turns a text's measures into findings, as the exercise asks: too long, too hard to read, masculine-coded (more
 * masculine than feminine words, the measure of Gaucher et al.), jargon. Each masculine word is also named as advice.
 */
final class CopyRules {

    static final String CHECK = "copy";

    static List<Finding> findings(CopySettings settings, TextMeasures text) {
        List<Finding> findings = new ArrayList<>();
        if (text.words() == 0) {
            findings.add(Finding.blocking(CHECK, "exercise.copy.empty"));
            return findings;
        }
        if (settings.maxWords() != null && text.words() > settings.maxWords()) {
            findings.add(Finding.blocking(CHECK, "exercise.copy.tooLong", text.words(), settings.maxWords()));
        }
        if (settings.targetReadingEase() != null && text.readingEase() < settings.targetReadingEase()) {
            findings.add(Finding.blocking(
                    CHECK, "exercise.copy.hardToRead", text.readingEaseText(), settings.targetReadingEase()));
        }
        if (settings.genderCoded()) {
            if (text.masculineCoded()) {
                findings.add(Finding.blocking(
                        CHECK,
                        "exercise.copy.masculineCoded",
                        text.masculine().size(),
                        text.feminine().size(),
                        String.join(", ", new LinkedHashSet<>(text.masculine()))));
            } else if (!text.masculine().isEmpty()) {
                findings.add(Finding.advice(
                        CHECK,
                        "exercise.copy.masculineWords",
                        String.join(", ", new LinkedHashSet<>(text.masculine()))));
            }
        }
        if (settings.jargon()) {
            for (String phrase : new LinkedHashSet<>(text.jargon())) {
                findings.add(Finding.blocking(CHECK, "exercise.copy.jargon", phrase));
            }
        }
        return findings;
    }

    private CopyRules() {}
}
