package org.hros.track.domain;

import java.util.List;

/**
 * A track as typed in the form: one entry per step row in each list (rows left blank are skipped). {@code refs}
 * holds a case or request address (or "case 12"), or an exercise's slug. {@code sample} is the checkbox's text
 * ({@code "true"} when ticked), so that any other value still builds the draft and simply leaves it unticked.
 */
public record TrackDraft(
        String title,
        String skill,
        String summary,
        String sample,
        List<String> kinds,
        List<String> refs,
        List<String> stepTitles,
        List<String> bodies,
        List<String> whys,
        List<String> prompts) {

    /** How many step rows the form offers. */
    public static final int ROWS = 12;

    /** Whether the sample box is ticked. */
    public boolean sampleChosen() {
        return "true".equals(sample);
    }

    static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null
                ? ""
                : values.get(i).strip();
    }

    int rows() {
        return Math.max(
                size(kinds), Math.max(size(refs), Math.max(size(whys), Math.max(size(bodies), size(stepTitles)))));
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }
}
