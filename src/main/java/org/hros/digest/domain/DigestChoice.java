package org.hros.digest.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;

/**
 * What a member chose on the digest settings page: how often, on which weekday and at which hour. The hour is one
 * of the member's own time zone, which is not chosen here but on their profile (one zone per member, shared with
 * live sessions); {@link #in} puts the two together.
 */
public record DigestChoice(DigestFrequency frequency, DayOfWeek day, int hour) {

    public DigestChoice {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("An hour of the day is 0 to 23");
        }
    }

    public boolean off() {
        return frequency == DigestFrequency.OFF;
    }

    /** This choice in the member's zone: when, as moments, the digest comes. */
    public DigestPreference in(ZoneId zone) {
        return new DigestPreference(frequency, day, hour, zone);
    }
}
