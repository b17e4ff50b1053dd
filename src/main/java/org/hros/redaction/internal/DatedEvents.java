package org.hros.redaction.internal;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.redaction.Kind;

/**
 * Events that a reader can look up by their month: lay-offs (“the March 2023 redundancies”, “laid off 60
 * people in June”) and openings or launches (“opened in September 2021”). The finding covers the event and its
 * date; the replacement keeps the year, which alone is common to many organisations.
 */
final class DatedEvents {

    private static final String MONTH = "(?:January|February|March|April|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    /** “May” is also a verb: only with its year. */
    private static final String MONTH_YEAR =
            "(?:(?:(?:early|mid|late)[- ])?(?:" + MONTH + "|May)\\s+(?:of\\s+)?(?:19|20)\\d\\d)";

    private static final String WHEN = "(?:" + MONTH_YEAR + "|(?:(?:early|mid|late)[- ])?" + MONTH + ")";
    private static final String LAYOFF = "(?:redundanc(?:y|ies)(?: programme| program| round)?|lay-?offs?"
            + "|layoff round|job cuts|restructur(?:e|ing)|reductions? in force|RIF|cuts|retrenchments?|closure"
            + "|downsizing|reorg(?:anisation|anization)?)";
    /** A quarter or a bare year is enough before a lay-off: “the Q1 2024 restructuring”, “2022 retrenchments”. */
    private static final String PERIOD = "(?:Q[1-4]\\s+)?(?:19|20)\\d\\d";

    private static final String LAID_OFF = "(?:laid off|made redundant|let go|cut|shed|axed|closed|shut)";
    private static final String OPENED = "(?:opened|reopened|launched|relaunched|went live|go-live|rolled out"
            + "|unveiled|debuted|opened its doors|started trading|broke ground|restarted|started)";

    private static final Pattern EVENTS = Pattern.compile(
            // the March 2023 redundancies / the June lay-offs
            "\\b(?:(?i:the)\\s+)?(?:" + WHEN + "|" + PERIOD + ")\\s+" + LAYOFF + "\\b"
                    // redundancies in / of March 2023
                    + "|\\b" + LAYOFF + "\\s+(?:in|of|during|from)\\s+" + WHEN + "\\b"
                    // laid off 60 people in June
                    + "|\\b" + LAID_OFF + "\\b[^.;:!?\\n]{0,50}?\\b(?:in|on|during)\\s+(?:early\\s+|mid-|late\\s+)?"
                    + WHEN
                    + "\\b"
                    // opened in September 2021 / launched in Oct 2022
                    + "|\\b" + OPENED + "\\b[^.;:!?\\n]{0,40}?\\b(?:in|on|since|from)\\s+" + MONTH_YEAR + "\\b"
                    // the September 2021 opening / launch
                    + "|\\bthe\\s+" + MONTH_YEAR + "\\s+(?:opening|launch|go-live|relaunch)\\b"
                    // opened in Q1 2025
                    + "|\\b" + OPENED + "\\b[^.;:!?\\n]{0,40}?\\bin\\s+Q[1-4]\\s+(?:19|20)\\d\\d\\b");

    private static final Pattern MONTH_WORD =
            Pattern.compile("(?:(?:early|mid|late)[- ])?(?:" + MONTH + "|May)\\s+(?:of\\s+)?");

    void detect(Text text, Consumer<Hit> out) {
        Matcher m = EVENTS.matcher(text.original);
        while (m.find()) {
            String span = m.group();
            String replacement = MONTH_WORD.matcher(span).replaceAll("").strip();
            out.accept(new Hit(m.start(), m.end(), Kind.COMBINATION, "[" + replacement + "]"));
        }
    }
}
