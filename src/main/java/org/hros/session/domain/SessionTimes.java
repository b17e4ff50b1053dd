package org.hros.session.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A session's time as one reader reads it: in their own zone, with the zone named. */
public final class SessionTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private SessionTimes() {}

    /** E.g. "Tuesday 3 March 2026, 16:00–17:00 (Europe/Berlin)". */
    public static String span(Instant start, int minutes, ZoneId zone, Locale locale) {
        var from = start.atZone(zone);
        var to = start.plusSeconds(60L * minutes).atZone(zone);
        return DAY.withLocale(locale).format(from) + ", "
                + CLOCK.withLocale(locale).format(from) + "–"
                + CLOCK.withLocale(locale).format(to) + " (" + zone.getId() + ")";
    }

    /** The value of a {@code datetime-local} field for this moment in this zone. */
    public static String local(Instant instant, ZoneId zone) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(instant.atZone(zone));
    }
}
