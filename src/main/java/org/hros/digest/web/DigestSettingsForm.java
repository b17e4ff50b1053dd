package org.hros.digest.web;

import java.time.DayOfWeek;
import java.util.Optional;
import org.hros.digest.domain.DigestChoice;
import org.hros.digest.domain.DigestFrequency;
import org.springframework.validation.Errors;

/**
 * The digest settings form, as typed: every field is checked before anything is saved. There is no time zone here:
 * the hour is one of the member's own zone, chosen on their profile.
 */
public record DigestSettingsForm(String frequency, String day, String hour) {

    static DigestSettingsForm of(DigestChoice choice) {
        return new DigestSettingsForm(choice.frequency().name(), choice.day().name(), String.valueOf(choice.hour()));
    }

    /** The choice, or empty with each bad field rejected in {@code errors}. */
    Optional<DigestChoice> read(Errors errors) {
        DigestFrequency f = parse(DigestFrequency.class, frequency);
        DayOfWeek d = parse(DayOfWeek.class, day);
        Integer h = hourOfDay();
        if (f == null) {
            errors.rejectValue("frequency", "digest.settings.frequency.invalid");
        }
        if (d == null) {
            errors.rejectValue("day", "digest.settings.day.invalid");
        }
        if (h == null) {
            errors.rejectValue("hour", "digest.settings.hour.invalid");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new DigestChoice(f, d, h));
    }

    private Integer hourOfDay() {
        if (hour == null || !hour.strip().matches("\\d{1,2}")) {
            return null;
        }
        int h = Integer.parseInt(hour.strip());
        return h <= 23 ? h : null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.length() > 20) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
