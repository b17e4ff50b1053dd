package org.hros.shared;

import java.text.Normalizer;

/**
 * What text HROS accepts from anyone: printable Unicode plus tabs and line breaks. NUL and the other control
 * characters have no place in a case or a name, PostgreSQL refuses NUL outright, and lone surrogates cannot be
 * stored as UTF-8; such input is refused with the field's message rather than failing deep in a write.
 */
public final class TextInput {

    private TextInput() {}

    /** True when {@code text} holds no control character (other than tab and line breaks) and no lone surrogate. */
    public static boolean acceptable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical form of acceptable text (Unicode NFC), so that "é" typed two ways is stored, searched and
     * compared as one.
     */
    public static String normalise(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
