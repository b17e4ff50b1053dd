package org.hros.search.domain.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of a section's stored, sanitised HTML: tags become spaces, entities characters. */
public final class HtmlText {

    private static final Pattern BLOCK_END =
            Pattern.compile("(?i)</(p|li|h[1-6]|blockquote|pre|tr|td|th|div)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private HtmlText() {}

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String text = BLOCK_END.matcher(html).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ");
        text = unescape(text);
        // The highlighter's markers must never occur in the text itself.
        text = text.replace('\uE000', ' ').replace('\uE001', ' ');
        text = SPACES.matcher(text).replaceAll(" ");
        text = BLANK_LINES.matcher(text).replaceAll("\n");
        return text.strip();
    }

    private static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return " ";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "ndash" -> "–";
            case "mdash" -> "—";
            case "hellip" -> "…";
            case "rsquo", "lsquo" -> "'";
            case "rdquo", "ldquo" -> "\"";
            default -> " ";
        };
    }
}
