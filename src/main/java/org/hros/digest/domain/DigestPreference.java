package org.hros.digest.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a member's digest comes: how often, on which weekday (weekly; monthly: the first such weekday of the
 * month) and at which hour, in their own time zone (the one on their profile, {@code member.MemberTimeZones}).
 * Slots are moments in that zone, so a member in Tokyo who chose Monday 08:00 gets theirs on Sunday at 23:00 UTC.
 */
public record DigestPreference(DigestFrequency frequency, DayOfWeek day, int hour, ZoneId zone) {

    public DigestPreference {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("An hour of the day is 0 to 23");
        }
    }

    public boolean off() {
        return frequency == DigestFrequency.OFF;
    }

    /** What the member chose, without the zone (which is theirs, not the digest's). */
    public DigestChoice choice() {
        return new DigestChoice(frequency, day, hour);
    }

    /** The same choice, but coming weekly when it is off: for previewing what it would hold. */
    DigestPreference orWeekly() {
        return off() ? new DigestPreference(DigestFrequency.WEEKLY, day, hour, zone) : this;
    }

    /** The latest slot at or before {@code now}; empty when the digest is off. */
    public Optional<Instant> latestSlot(Instant now) {
        if (off()) {
            return Optional.empty();
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant slot = at(onOrBefore(today));
        return Optional.of(slot.isAfter(now) ? at(onOrBefore(today.minusDays(1))) : slot);
    }

    /** The first slot after {@code now}; empty when the digest is off. */
    public Optional<Instant> nextSlot(Instant now) {
        if (off()) {
            return Optional.empty();
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant slot = at(onOrAfter(today));
        return Optional.of(slot.isAfter(now) ? slot : at(onOrAfter(today.plusDays(1))));
    }

    /** The slot before {@code slot}, where the period of a member's first digest begins. */
    Instant previousSlot(Instant slot) {
        return latestSlot(slot.minusSeconds(1)).orElseThrow();
    }

    private Instant at(LocalDate date) {
        return date.atTime(hour, 0).atZone(zone).toInstant();
    }

    private LocalDate onOrBefore(LocalDate date) {
        return switch (frequency) {
            case DAILY -> date;
            case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(day));
            case MONTHLY -> {
                LocalDate first = date.with(TemporalAdjusters.firstInMonth(day));
                yield first.isAfter(date) ? date.minusMonths(1).with(TemporalAdjusters.firstInMonth(day)) : first;
            }
            case OFF -> throw new IllegalStateException("The digest is off");
        };
    }

    private LocalDate onOrAfter(LocalDate date) {
        return switch (frequency) {
            case DAILY -> date;
            case WEEKLY -> date.with(TemporalAdjusters.nextOrSame(day));
            case MONTHLY -> {
                LocalDate first = date.with(TemporalAdjusters.firstInMonth(day));
                yield first.isBefore(date) ? date.plusMonths(1).with(TemporalAdjusters.firstInMonth(day)) : first;
            }
            case OFF -> throw new IllegalStateException("The digest is off");
        };
    }
}
