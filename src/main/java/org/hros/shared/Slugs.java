package org.hros.shared;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: lower-case ASCII words joined by hyphens, never empty. */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

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
        return slug.isEmpty() ? "case" : slug;
    }
}
