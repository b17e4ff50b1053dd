package org.hros.redaction.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.redaction.Kind;
import org.hros.redaction.internal.Places.Place;

/**
 * A place said together with something that narrows it to one organisation: a site (“our Tampere plant”, “the
 * office in Lagos”), a headcount (“85-person Gdańsk team”, “our 14 stores in Porto”), a hiring round (“hiring
 * 40 welders in Aberdeen”) or a first (“the first … in Kraków”). The finding covers the whole phrase, so that
 * replacing it breaks the combination.
 */
final class PlaceCombinations {

    static final String SITE = "(?:office|offices|plant|plants|factory|factories|site|sites|HQ|headquarters|hub"
            + "|warehouse|warehouses|depot|depots|store|stores|shop|shops|branch|branches|campus|studio|centre"
            + "|center|DC|lab|labs|team|teams|clinic|clinics|hospital|hotel|hotels|mill|yard|facility|facilities"
            + "|operation|operations|works|refinery|mine|bakery|kitchen|restaurant|restaurants|outlet|outlets"
            + "|location|locations|workforce|staff|crew|hangar|port|terminal|base|school|call centre|contact centre"
            + "|distribution centre|distribution center|fulfilment centre|fulfillment center|service centre|sawmill|mills"
            + "|home|homes|farm|farms|room|showroom|intake|range|estate|estates|shaft|property|properties|line"
            + "|project|projects|unit|units|ward|wards|pit|quarry|park|garage|branch office|salon|gym|cafe|café"
            + "|venue|resort|mall|market|station|airport|shipyard|dock|docks|workshop|smelter|plantation|greenhouse"
            + "|cohort|cohorts|crew|crews|fleet|route|routes|contract|account|opening|launch|expansion|zone"
            + "|industrial zone|industrial park|business park)";
    private static final String NUMBER_WORD = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|a hundred|one hundred|hundred)(?:[- ](?:one|two|three|four|five|six|seven"
            + "|eight|nine))?";
    private static final String NUMBER = "(?:\\d{1,3}(?:[,.\u202f\u00a0 ]\\d{3})+|\\d+|" + NUMBER_WORD + ")";
    private static final String NOT_TIME =
            "(?!(?:days?|weeks?|months?|years?|hours?|minutes?|times?|per|percent|%|am|pm)\\b)";

    /** Site words that make an unknown capitalised name a place: not “account”, “line” or “project”. */
    private static final Pattern STRONG_SITE = Pattern.compile(
            "\\b(?:office|offices|plant|factory|site|HQ|headquarters"
                    + "|warehouse|depot|store|stores|branch|campus|centre|center|DC|clinic|hospital|hotel|mill|sawmill|yard"
                    + "|facility|refinery|mine|shaft|home|homes|farm|estate|estates|showroom|workshop|port|terminal|base"
                    + "|station|plantation|smelter|shipyard|zone|park|hub|control room|clean room|server room)$",
            Pattern.CASE_INSENSITIVE);

    /** Just after the place: “[-based] [modifier] site”. */
    private static final Pattern SITE_AFTER =
            Pattern.compile("^(?:-based)?\\s+(?:[\\p{L}-]+\\s+){0,2}" + SITE + "\\b", Pattern.CASE_INSENSITIVE);
    /** Just before the place: what makes the place one organisation's. */
    private static final Pattern OWNER_BEFORE = Pattern.compile(
            "(?:\\b(?:our|the|their|its|my|a|an|new)(?:\\s+(?:new|old|main|first|second|only|biggest|largest|smaller|former"
                    + "|flagship|own|two|three))?|\\b" + NUMBER + "(?:-(?:person|people|strong|seat|bed|store"
                    + "|site|member|head))?|\\b" + NUMBER + "\\s+" + NOT_TIME + "[\\p{L}-]+)\\s+$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SITE_IN_BEFORE = Pattern.compile(
            "\\b(?:our|the|their|its|my|a|an)\\s+(?:(?:new|main|first|only|biggest|largest|flagship|[\\p{L}-]+)\\s+)?"
                    + SITE + "\\s+(?:in|at|near|outside)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADCOUNT_IN_BEFORE = Pattern.compile(
            "(?:\\b(?:our|their|its|the|a|an)\\s+)?(?:\\b(?:team|staff|workforce|headcount|crew) of\\s+" + NUMBER
                    + "|\\b" + NUMBER + "(?:-(?:person|strong|people))?)\\s+" + NOT_TIME
                    + "(?:[\\p{L}-]+\\s+){0,3}?(?:in|at|across|based in|to|for|on)\\s+(?:the\\s+|our\\s+|their\\s+|its\\s+)?"
                    + "(?:(?:new|main)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIRED_IN_BEFORE = Pattern.compile(
            // No capital letter between the verb and the place: a combination does not run across other names.
            "\\b(?i:hir(?:e|ed|es|ing)|recruit(?:ed|s|ing)?|onboard(?:ed|s|ing)?|took on|taking on|staff(?:ed|ing)"
                    + "|bring(?:ing)? on|brought on|added)\\s+[^.;:!?\\n\\p{Lu}]{0,50}?\\b(?:in|at|for)\\s+(?:our\\s+|the\\s+)?$");
    private static final Pattern FIRST_BEFORE =
            Pattern.compile("\\b(?i:the first)\\b[^.;:!?\\n\\p{Lu}]{0,70}?\\b(?:in|at|to|of)\\s+(?:the\\s+)?$");

    private static final int LOOK_BACK = 90;

    void detect(Text text, List<Place> places, Consumer<Hit> out) {
        String s = text.original;
        for (Place place : places) {
            int from = sentenceStart(s, place.start(), LOOK_BACK);
            String before = s.substring(from, place.start());
            String after = s.substring(place.end(), Math.min(s.length(), place.end() + 40));
            Matcher site = SITE_AFTER.matcher(after);
            boolean hasSite = site.find();
            int end = hasSite ? place.end() + site.end() : place.end();
            if (place.weak() && !(hasSite && STRONG_SITE.matcher(site.group()).find())) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            for (Pattern before0 : hasSite ? WITH_SITE : WITHOUT_SITE) {
                Matcher m = before0.matcher(before);
                if (m.find()) {
                    start = Math.min(start, from + m.start());
                }
            }
            boolean strongSite = hasSite && STRONG_SITE.matcher(site.group()).find();
            if (start == Integer.MAX_VALUE && strongSite && !text.startsSentence(place.start())) {
                // “… at Wisbech factory”, “the Kobierzyce plant's”: a place and a site are enough.
                start = place.start();
            }
            if (start == Integer.MAX_VALUE) {
                continue;
            }
            Matcher count = PRE_COUNT.matcher(s.substring(sentenceStart(s, start, 40), start));
            if (count.find()) {
                start = sentenceStart(s, start, 40) + count.start();
            }
            Matcher tail = TAIL.matcher(s.substring(end, Math.min(s.length(), end + 60)));
            if (tail.find()) {
                end += tail.end();
            }
            out.accept(new Hit(start, end, Kind.COMBINATION, neutral(s, start, end, place)));
        }
    }

    private static final List<Pattern> WITHOUT_SITE =
            List.of(HIRED_IN_BEFORE, HEADCOUNT_IN_BEFORE, FIRST_BEFORE, SITE_IN_BEFORE);
    private static final List<Pattern> WITH_SITE =
            List.of(HIRED_IN_BEFORE, HEADCOUNT_IN_BEFORE, FIRST_BEFORE, SITE_IN_BEFORE, OWNER_BEFORE);

    /** A count just before the phrase: “400 operators for [the new line near Wrocław]”. */
    private static final Pattern PRE_COUNT = Pattern.compile(
            "\\b" + NUMBER + "(?:-\\p{L}+)?\\s+" + NOT_TIME
                    + "(?:[\\p{L}-]+\\s+){0,3}?(?:for|at|in|to|on|across|from)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** What a site phrase goes on with: its size or its date. */
    private static final Pattern TAIL = Pattern.compile(
            "^(?:,?\\s+(?:with|of|employing|and its|has|had|now has)\\s+"
                    + "(?:about\\s+|around\\s+|over\\s+|nearly\\s+|almost\\s+)?" + NUMBER
                    + "\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]+"
                    + "|,\\s+" + NUMBER + "\\s+(?:people|staff|employees|workers|colleagues|FTEs?)"
                    + "|\\s+team of\\s+" + NUMBER + "(?:\\s+[\\p{L}-]+)?"
                    + "|\\s+(?:in|on|since|from)\\s+(?:(?:early|mid|late)[- ])?(?:(?:January|February|March|April|May|June|July"
                    + "|August|September|October|November|December)\\s+)?(?:Q[1-4]\\s+)?(?:19|20)\\d\\d"
                    + "|\\s+(?:opened|launched|closed|started|went live)\\s+(?:in|on)\\s+(?:(?:January|February|March|April|May"
                    + "|June|July|August|September|October|November|December)\\s+)?(?:19|20)\\d\\d)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COUNTED = Pattern.compile(
            "\\b(\\d{1,3}(?:,\\d{3})+|\\d+)(-(?:person|people|strong|seat" + "|bed|store|site|member|head))?\\b");

    /**
     * The phrase without its place and with its numbers made vague: “hiring 40 welders in Aberdeen” becomes
     * “[hiring several welders in one of our locations]”, “our Tampere plant” becomes “[our plant]”.
     */
    static String neutral(String s, int start, int end, Place place) {
        String head = s.substring(start, place.start());
        String tail = s.substring(place.end(), end).replaceFirst("^-based", "");
        boolean prepositional = head.matches("(?is).*\\b(?:in|at|near|outside|across|to|of|for)\\s+(?:the\\s+)?$");
        String phrase = prepositional
                ? head.replaceFirst("(?i)(?:the\\s+)?$", "") + "one of our locations" + tail
                : head + tail.stripLeading();
        Matcher n = COUNTED.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (n.find()) {
            long value = Long.parseLong(n.group(1).replace(",", ""));
            String vague = value < 100 ? "several" : value < 1_000 ? "hundreds of" : "thousands of";
            n.appendReplacement(out, n.group(2) != null ? "" : vague);
        }
        n.appendTail(out);
        return "[" + out.toString().replaceAll("\\s{2,}", " ").strip() + "]";
    }

    /** Where the sentence holding {@code i} starts, looking back at most {@code max} characters. */
    static int sentenceStart(String s, int i, int max) {
        int limit = Math.max(0, i - max);
        for (int j = i - 1; j >= limit; j--) {
            char c = s.charAt(j);
            if (c == '\n'
                    || ((c == '.' || c == '!' || c == '?' || c == ';')
                            && j + 1 < s.length()
                            && s.charAt(j + 1) == ' ')) {
                return j + 1;
            }
        }
        return limit == 0 ? 0 : nextWordStart(s, limit);
    }

    private static int nextWordStart(String s, int i) {
        while (i < s.length() && Text.isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
