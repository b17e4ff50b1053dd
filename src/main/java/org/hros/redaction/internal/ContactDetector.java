package org.hros.redaction.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.redaction.Kind;

/** E-mail addresses, phone numbers, links and social handles: the details that point straight at someone. */
final class ContactDetector {

    static final String EMAIL_REPLACEMENT = "[an e-mail address]";
    static final String PHONE_REPLACEMENT = "[a phone number]";
    static final String URL_REPLACEMENT = "[a link]";
    static final String HANDLE_REPLACEMENT = "[a social handle]";

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]*@" + LABEL + "(?:\\." + LABEL + ")*\\.[A-Za-z]{2,24}\\b");

    /** “jane [at] example [dot] com”, “jane at example dot com”. */
    private static final Pattern OBFUSCATED_EMAIL =
            Pattern.compile("(?<![\\w.])[A-Za-z0-9][A-Za-z0-9._%+-]*\\s*(?:[\\[(]\\s*at\\s*[\\])]|\\s(?:at|AT)\\s)\\s*"
                    + LABEL + "(?:\\s*(?:[\\[(]\\s*dot\\s*[\\])]|\\s(?:dot|DOT)\\s)\\s*" + LABEL + ")+");

    private static final String TLDS = "com|org|net|edu|gov|io|co|ai|app|dev|jobs|careers|digital|info|biz|tech|me|ly"
            + "|gl|gg|to|uk|de|fr|nl|es|it|se|no|dk|fi|ie|ch|at|be|pl|pt|in|au|ca|us|eu|sg|jp|br|mx|za|nz|ng|gh"
            + "|ke|hk|cn|kr|tw|ae|sa|tr|ru|ua|cz|sk|hu|ro|gr|il|ar|cl|pe|id|my|th|vn|ph|pk|bd|lk|lu|is|ee|lv|lt"
            + "|gle|page|site|online|store|xyz|link|club|team|works|agency|group|company|world|today|news|blog"
            + "|email|life|live|community|academy|health|care|tv|fm|cc|ws|so|sh|ink|studio|design|global"
            + "|zw|zm|tz|ug|rw|et|sn|ci|cm|ma|eg|tn|dz|bw|na|mz|ao|qa|kw|bh|om|jo|lb|np|mm|kh|bg|rs|hr|si|ba|mk|al"
            + "|kz|uz|ge|am|az|md|ve|ec|bo|py|uy|cr|pa|gt|do|jm|tt|fj|mt|cy|li|mu|ir|iq|af|mn|cat|asia|africa";

    private static final Pattern URL = Pattern.compile("(?:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s<>\"'`]+"
            + "|(?<![@\\w.-])(?:" + LABEL + "\\.)+(?:" + TLDS + ")\\b(?![.-]?\\w)(?:/[^\\s<>\"'`]*)?");

    private static final Pattern HANDLE =
            Pattern.compile("(?<![\\w@./:+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\\w@])");

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+\\-/.,£$€¥#])\\+?(?:\\(\\d{1,5}\\)|\\d)(?:[ .\\-]?(?:\\(\\d{1,5}\\)|\\d)){5,18}(?![\\w\\-/%]|[.,]\\d)");

    private static final Pattern YEARS = Pattern.compile("(?:(?:19|20)\\d\\d[ \\-./]?)+");
    private static final Pattern DATE =
            Pattern.compile("\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}");
    private static final Set<String> PHONE_WORDS = Set.of(
            "call",
            "phone",
            "tel",
            "telephone",
            "mobile",
            "cell",
            "ring",
            "text",
            "whatsapp",
            "hotline",
            "line",
            "number",
            "contact",
            "fax",
            "switchboard",
            "sms",
            "dial",
            "reach");

    /** Public references that say nothing about who wrote the text: standards, encyclopaedias, licences. */
    private static final List<String> REFERENCE_HOSTS = List.of(
            "schema.org",
            "w3.org",
            "wikipedia.org",
            "creativecommons.org",
            "developer.mozilla.org",
            "iso.org",
            "ietf.org",
            "rfc-editor.org",
            "doi.org",
            "unicode.org",
            "commonmark.org",
            "wcag.com");

    void detect(Text text, Consumer<Hit> out) {
        String s = text.original;
        Matcher m = EMAIL.matcher(s);
        while (m.find()) {
            out.accept(new Hit(m.start(), m.end(), Kind.EMAIL, EMAIL_REPLACEMENT));
        }
        m = OBFUSCATED_EMAIL.matcher(s);
        while (m.find()) {
            if (endsWithDomain(m.group())) {
                out.accept(new Hit(m.start(), m.end(), Kind.EMAIL, EMAIL_REPLACEMENT));
            }
        }
        m = URL.matcher(s);
        while (m.find()) {
            int end = trimUrl(s, m.start(), m.end());
            if (end - m.start() > 4 && !reference(s.substring(m.start(), end))) {
                out.accept(new Hit(m.start(), end, Kind.URL, URL_REPLACEMENT));
            }
        }
        m = HANDLE.matcher(s);
        while (m.find()) {
            if (m.group(1).chars().anyMatch(Character::isLetter)) {
                out.accept(new Hit(m.start(), m.end(), Kind.HANDLE, HANDLE_REPLACEMENT));
            }
        }
        m = PHONE.matcher(s);
        while (m.find()) {
            if (looksLikePhone(text, m.start(), m.group())) {
                out.accept(new Hit(m.start(), m.end(), Kind.PHONE, PHONE_REPLACEMENT));
            }
        }
    }

    private static boolean reference(String url) {
        String host = url.toLowerCase()
                .replaceFirst("^[a-z]+://", "")
                .replaceFirst("^www\\.", "")
                .replaceFirst("[/?#].*$", "");
        return REFERENCE_HOSTS.stream().anyMatch(r -> host.equals(r) || host.endsWith("." + r));
    }

    private static boolean endsWithDomain(String obfuscated) {
        String last = obfuscated.replaceAll(".*[\\s\\])]", "").toLowerCase();
        return List.of(TLDS.split("\\|")).contains(last);
    }

    /** Drops trailing punctuation, and a closing bracket the link did not open (Markdown links). */
    private static int trimUrl(String s, int start, int end) {
        while (end > start) {
            char c = s.charAt(end - 1);
            if (".,;:!?*_".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' || c == ']') {
                String url = s.substring(start, end);
                char open = c == ')' ? '(' : '[';
                long opens = url.chars().filter(ch -> ch == open).count();
                long closes = url.chars().filter(ch -> ch == c).count();
                if (closes > opens) {
                    end--;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean looksLikePhone(Text text, int start, String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        int n = digits.length();
        if (n < 7 || n > 15) {
            return false;
        }
        if (YEARS.matcher(candidate).matches() || DATE.matcher(candidate).matches()) {
            return false;
        }
        boolean international = candidate.startsWith("+");
        boolean bracketed = candidate.contains("(");
        boolean trunk = digits.startsWith("0");
        boolean grouped = candidate.matches(".*\\d[ .\\-]\\d.*");
        if (!grouped && !international && n < 10) {
            return false;
        }
        if (n >= 10 || international || bracketed || (trunk && n >= 8)) {
            return true;
        }
        return nearPhoneWord(text, start);
    }

    private static boolean nearPhoneWord(Text text, int start) {
        // The sentence so far, up to 80 characters: “Call me if you plan the same migration, 603 245 118.”
        String before = text.lower.substring(Math.max(0, start - 80), start);
        int sentence = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("? ")), before.lastIndexOf('\n'));
        before = sentence >= 0 ? before.substring(sentence + 1) : before;
        for (String word : before.split("[^a-z]+")) {
            if (PHONE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
