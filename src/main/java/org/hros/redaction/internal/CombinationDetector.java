package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.redaction.Kind;

/**
 * Details that are harmless alone but identify together: an exact headcount in a paragraph that names a city
 * (“1,247 employees” … “Leeds”), and a named launch with its exact date (“launched “Atlas” on 3 March 2022”).
 * The finding is the number or the date, because replacing it is what breaks the combination.
 */
final class CombinationDetector {

    private static final String NOUNS = "employees|employee|staff|people|colleagues|workers|FTEs?|team members"
            + "|associates|nurses|engineers|drivers|technicians|teachers|agents|operatives|staffers|personnel";
    private static final String NUMBER = "\\d{1,3}(?:[,.\u202f\u00a0 ]\\d{3})+|\\d+";
    private static final Pattern HEADCOUNT = Pattern.compile("(?<![\\w.,])(" + NUMBER + ")"
            + "(?:-strong)?\\s+(?:(?:full-time|part-time|permanent|frontline|front-line|salaried|hourly|local|current)\\s+)?"
            + "(?:" + NOUNS + ")\\b(?!\\s+(?:a|per|each|every)\\s+(?:year|month|week|quarter|summer|season))"
            + "|\\b(?:headcount|workforce|team) of (" + NUMBER + ")\\b"
            + "|(?<![\\w.,])(" + NUMBER + ")-strong\\s+(?:workforce|team|organi[sz]ation|company|business)\\b");
    private static final Set<String> APPROXIMATIONS = Set.of(
            "about",
            "around",
            "roughly",
            "approximately",
            "nearly",
            "almost",
            "over",
            "some",
            "under",
            "circa",
            "c",
            "than",
            "to",
            "approx",
            "maybe",
            "perhaps",
            "estimated",
            "est",
            "between",
            "and");

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    private static final Pattern DATE =
            Pattern.compile("\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)"
                    + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)"
                    + "|((?:19|20)\\d\\d)-\\d{2}-\\d{2}"
                    + "|\\d{1,2}[/.]\\d{1,2}[/.]((?:19|20)\\d\\d))\\b");
    private static final Pattern LAUNCH = Pattern.compile(
            "\\b(?:launch(?:ed|es|ing)?|went live|go(?:es)? live|rolled out|roll(?:s|ing)? out|released|unveiled"
                    + "|introduced|kicked off|announced|debuted|opened)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED =
            Pattern.compile("[\u201c\"\u2018'«]\\s*\\p{Lu}[^\u201d\"\u2019'»\\n]{1,40}[\u201d\"\u2019'»]");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\d]+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\u201c\"'(\\[*])");

    void detect(Text text, List<Places.Place> places, Consumer<Hit> out) {
        for (int[] paragraph : paragraphs(text.original)) {
            Text part = new Text(text.original.substring(paragraph[0], paragraph[1]));
            if (Places.anyIn(places, paragraph[0], paragraph[1])) {
                headcounts(part, paragraph[0], out);
            }
            launches(part, paragraph[0], out);
        }
    }

    private static void headcounts(Text part, int offset, Consumer<Hit> out) {
        Matcher m = HEADCOUNT.matcher(part.original);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            long n = parse(m.group(group));
            String before = part.lower.substring(Math.max(0, m.start() - 20), m.start());
            String[] words = before.strip().split("[^a-z~]+");
            String previous = words.length == 0 ? "" : words[words.length - 1];
            boolean stated = previous.equals("exactly") || previous.equals("precisely");
            boolean approximate = APPROXIMATIONS.contains(previous) || before.endsWith("~") || before.endsWith("+");
            if (approximate || (!stated && round(n)) || n < 5) {
                continue;
            }
            String noun = group == 1
                    ? part.original
                            .substring(m.end(1), m.end())
                            .replaceFirst("^-strong", "")
                            .strip()
                    : "people";
            out.accept(
                    new Hit(offset + m.start(), offset + m.end(), Kind.COMBINATION, "[" + band(n) + " " + noun + "]"));
        }
    }

    private static void launches(Text part, int offset, Consumer<Hit> out) {
        String s = part.original;
        int sentenceStart = 0;
        Matcher ends = SENTENCE_END.matcher(s);
        List<int[]> sentences = new ArrayList<>();
        while (ends.find()) {
            sentences.add(new int[] {sentenceStart, ends.start()});
            sentenceStart = ends.end();
        }
        sentences.add(new int[] {sentenceStart, s.length()});
        for (int[] sentence : sentences) {
            String text = s.substring(sentence[0], sentence[1]);
            if (!LAUNCH.matcher(text).find()) {
                continue;
            }
            Matcher date = DATE.matcher(text);
            while (date.find()) {
                if (!namesSomething(text, date.start(), date.end())) {
                    continue;
                }
                String year = firstNonNull(date.group(1), date.group(2), date.group(3), date.group(4));
                int start = offset + sentence[0] + date.start();
                int end = offset + sentence[0] + date.end();
                out.accept(new Hit(start, end, Kind.COMBINATION, "[in " + year + "]"));
            }
        }
    }

    /** A quoted name, or a capitalised word that is not the sentence's first, a month, a day or “I”. */
    private static boolean namesSomething(String sentence, int dateStart, int dateEnd) {
        if (QUOTED.matcher(sentence).find()) {
            return true;
        }
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            if (m.start() >= dateStart && m.start() < dateEnd) {
                continue;
            }
            String word = m.group();
            if (!CommonWords.isCommonCapitalised(word) && !word.equals("I")) {
                return true;
            }
        }
        return false;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    private static long parse(String number) {
        return Long.parseLong(number.replaceAll("\\D", ""));
    }

    /** Round figures (“200 staff”, “1,500 people”) are how people speak of size, not an exact headcount. */
    static boolean round(long n) {
        return (n < 100 && n % 10 == 0) || (n >= 100 && n % 50 == 0);
    }

    static String band(long n) {
        if (n < 10) {
            return "a handful of";
        } else if (n < 100) {
            return "a few dozen";
        } else if (n < 200) {
            return "over a hundred";
        } else if (n < 1_000) {
            return "a few hundred";
        } else if (n < 2_000) {
            return "over a thousand";
        } else if (n < 10_000) {
            return "several thousand";
        }
        return "tens of thousands of";
    }

    private static List<int[]> paragraphs(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\n\\s*\\n").matcher(s);
        int start = 0;
        while (m.find()) {
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        out.add(new int[] {start, s.length()});
        return out;
    }
}
