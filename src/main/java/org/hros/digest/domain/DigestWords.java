package org.hros.digest.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The digest's words, from the message files, for sections and for the mail templates (as {@code ctx}),
 * which are rendered outside any web request.
 */
@Component
public class DigestWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private final MessageSource messages;

    DigestWords(MessageSource messages) {
        this.messages = messages;
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    /** A day in the member's own zone, e.g. "Monday 1 June". */
    public String day(Instant moment, ZoneId zone) {
        return DAY.format(moment.atZone(zone));
    }

    /** A day and hour in the member's own zone, e.g. "Monday 1 June, 08:00". */
    public String dayTime(Instant moment, ZoneId zone) {
        return DAY_TIME.format(moment.atZone(zone));
    }
}
