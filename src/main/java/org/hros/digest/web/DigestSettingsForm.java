package org.hros.digest.web;

import java.time.DayOfWeek;
import java.util.Optional;
import org.hros.digest.domain.DigestFrequency;
import org.hros.digest.domain.DigestPreference;
import org.hros.digest.domain.TimeZones;
import org.springframework.validation.Errors;

/** The digest settings form, as typed: every field is checked before anything is saved. */
public record DigestSettingsForm(String frequency, String day, String hour, String zone) {

    static DigestSettingsForm of(DigestPreference preference) {
        return new DigestSettingsForm(
                preference.frequency().name(),
                preference.day().name(),
                String.valueOf(preference.hour()),
                preference.zone().getId());
    }

    /** The choice, or empty with each bad field rejected in {@code errors}. */
    Optional<DigestPreference> read(Errors errors) {
        DigestFrequency f = parse(DigestFrequency.class, frequency);
        DayOfWeek d = parse(DayOfWeek.class, day);
        Integer h = hourOfDay();
        var z = TimeZones.parse(zone);
        if (f == null) {
            errors.rejectValue("frequency", "digest.settings.frequency.invalid");
        }
        if (d == null) {
            errors.rejectValue("day", "digest.settings.day.invalid");
        }
        if (h == null) {
            errors.rejectValue("hour", "digest.settings.hour.invalid");
        }
        if (z.isEmpty()) {
            errors.rejectValue("zone", "digest.settings.zone.invalid");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new DigestPreference(f, d, h, z.get()));
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
