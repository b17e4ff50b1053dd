package org.hros.digest.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Members' time zones: IANA ids such as {@code Europe/Berlin}, checked against the zones the JVM knows. The one
 * place that reads and checks them, so that a member time zone kept elsewhere can take its place.
 */
public final class TimeZones {

    private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();
    private static final List<String> SORTED = KNOWN.stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/"))
            .sorted()
            .toList();

    private TimeZones() {}

    /** The zone of an IANA id, or empty when it is not one (offsets such as {@code +02:00} are not). */
    public static Optional<ZoneId> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String trimmed = id.strip();
        if (trimmed.length() > 64 || !(KNOWN.contains(trimmed) || "UTC".equals(trimmed))) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(trimmed));
    }

    /** Region zones to offer as suggestions, sorted. */
    public static List<String> suggestions() {
        return SORTED;
    }
}
