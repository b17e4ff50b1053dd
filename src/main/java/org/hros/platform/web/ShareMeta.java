package org.hros.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page tells link previews and crawlers about itself: the Open Graph and Twitter card tags and the
 * canonical address. Built by the page's own module from what readers may see, so that a preview never says
 * more than the page: for a case that does not name its author, {@code author} is {@code null}.
 *
 * @param title the page's title
 * @param description a plain-text summary, at most {@link #DESCRIPTION_LENGTH} characters
 * @param path the canonical path, e.g. {@code /cases/12/our-story}
 * @param type the Open Graph type: {@code article} or {@code profile}
 * @param author the credited name, for a case published under its author's name only
 */
public record ShareMeta(String title, String description, String path, String type, String author) {

    public static final int DESCRIPTION_LENGTH = 200;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    public static ShareMeta article(String title, String html, String path, String author) {
        return new ShareMeta(title, plainText(html), path, "article", author);
    }

    public static ShareMeta profile(String name, String text, String path) {
        return new ShareMeta(name, plainText(text), path, "profile", null);
    }

    /** The Twitter card kind: a summary card, as HROS pages carry no images of their own. */
    public String twitterCard() {
        return "summary";
    }

    /** Sanitised HTML (or plain text) as one line of plain text, cut at a word near the length limit. */
    static String plainText(String html) {
        if (html == null) {
            return null;
        }
        String text = TAG.matcher(html).replaceAll(" ");
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        numeric.appendTail(decoded);
        text = decoded.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }
}
