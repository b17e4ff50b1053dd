package org.hros.shared;

import java.util.regex.Pattern;

/**
 * The address of an image HROS serves: {@code /images/} and 32 hexadecimal digits (128 random bits). Nothing in it
 * tells who uploaded the image, when, or in what order.
 */
public final class ImageAddress {

    /** An image id as it appears in an address. */
    public static final String ID_PATTERN = "[0-9a-f]{32}";

    private static final Pattern ADDRESS = Pattern.compile("/images/" + ID_PATTERN);

    private ImageAddress() {}

    public static String of(String id) {
        return "/images/" + id;
    }

    /** True for HROS's own image addresses and nothing else (no host, no query, no other path). */
    public static boolean isOwn(String src) {
        return src != null && ADDRESS.matcher(src).matches();
    }
}
