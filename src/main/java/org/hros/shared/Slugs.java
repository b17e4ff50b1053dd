package org.hros.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * URL slugs: lower-case ASCII words joined by hyphens, never empty, and never one of the words that name an action
 * on a case or request ({@code /requests/7/edit}), so a page's own address never opens something else.
 */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    /** The words after {@code /cases/{id}/} and {@code /requests/{id}/} that are not a slug. */
    static final Set<String> RESERVED = Set.of(
            "edit",
            "offer",
            "vote",
            "unvote",
            "follow",
            "unfollow",
            "reactions",
            "replies",
            "publish",
            "return",
            "takedown",
            "history",
            "revisions",
            "withdraw");

    private Slugs() {}

    public static String slugify(String text) {
        if (text == null) {
            return "case";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        if (slug.isEmpty()) {
            return "case";
        }
        return RESERVED.contains(slug) ? slug + "-1" : slug;
    }
}
