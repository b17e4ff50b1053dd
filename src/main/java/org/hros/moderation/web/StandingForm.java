package org.hros.moderation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Suspending or silencing a member: the reason they will read, and until when.
 *
 * @param until the day it ends (at 00:00 UTC) as {@code yyyy-mm-dd}, or blank with {@code indefinitely}
 * @param indefinitely until an admin reinstates them
 */
public record StandingForm(
        @NotBlank(message = "{admin.member.reason.required}")
        @Size(max = 500, message = "{admin.member.reason.tooLong}")
        String reason,

        String until,
        String indefinitely) {

    public static StandingForm empty() {
        return new StandingForm("", "", null);
    }

    /** The day chosen, or {@code null} when none was; throws when the text is not a date. */
    LocalDate untilDate() {
        return until == null || until.isBlank() ? null : LocalDate.parse(until.strip());
    }

    /** When it ends, or {@code null} for indefinitely. */
    Instant end() {
        LocalDate day = untilDate();
        return indefinite() || day == null
                ? null
                : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A date or "indefinitely" must be chosen, not both and not neither. */
    boolean endChosen() {
        return indefinite() != (until != null && !until.isBlank());
    }

    /** Ticked: until reinstated. Text like every field, so that anything else sent is refused with a message. */
    public boolean indefinite() {
        return "true".equals(indefinitely);
    }
}
