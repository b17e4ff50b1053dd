package org.hros.digest.web;

import java.time.DayOfWeek;
import org.hros.digest.domain.DigestFrequency;

/** The message keys that name the digest's choices in templates. */
public final class DigestLabels {

    private DigestLabels() {}

    public static String frequency(DigestFrequency frequency) {
        return "digest.frequency." + frequency.name();
    }

    public static String day(DayOfWeek day) {
        return "digest.day." + day.name();
    }
}
