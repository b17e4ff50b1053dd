package org.hros.radar;

import java.time.Instant;
import java.util.List;

/** The published editions of the radar, newest first, for the feeds. */
public interface RadarEditions {

    List<EditionSummary> newest(int limit);

    /**
     * One published edition.
     *
     * @param key e.g. {@code 2025-q3}, its address is {@code /radar/editions/2025-q3}
     * @param title e.g. {@code 2025 Q3}
     * @param movedIn, movedOut, added the blips that moved since the edition before it
     */
    record EditionSummary(
            String key, String title, Instant publishedAt, int blips, int movedIn, int movedOut, int added) {

        public String path() {
            return "/radar/editions/" + key;
        }
    }
}
