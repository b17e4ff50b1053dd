package org.hros.member;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hros.shared.FieldErrorsException;

/**
 * What someone typed after {@code @} while writing, checked before it is looked up: letters, digits and hyphens
 * only, at most {@value #MAX_LENGTH} characters, lower-cased.
 *
 * @param value the checked prefix, lower-cased, never empty
 */
public record MentionPrefix(String value) {

    public static final int MAX_LENGTH = 40;
    public static final int MAX_SUGGESTIONS = 8;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}-]+");

    /**
     * The prefix typed, or empty when nothing was typed yet.
     *
     * @throws FieldErrorsException for the field {@code q} when it is too long or holds other characters
     */
    public static Optional<MentionPrefix> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String value = typed.strip();
        if (value.length() > MAX_LENGTH || !ALLOWED.matcher(value).matches()) {
            throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError("q", "mention.prefix.invalid")));
        }
        return Optional.of(new MentionPrefix(value.toLowerCase(Locale.ROOT)));
    }
}
