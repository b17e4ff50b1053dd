package org.hros.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Times shown about things whose author is not named. Exact moments let a reader line up a pseudonymous reply with
 * a named one posted a second later, or a case with its author's activity elsewhere; the day alone does not. Every
 * public output (pages, API, search, feeds) receives the already-cut value, so none can show more.
 */
public final class PublicTimes {

    private PublicTimes() {}

    /** The start of the moment's day, in UTC; {@code null} stays {@code null}. */
    public static Instant day(Instant moment) {
        return moment == null ? null : moment.truncatedTo(ChronoUnit.DAYS);
    }

    /** The moment as it may be shown: cut to the day when {@code unnamed}, exact otherwise. */
    public static Instant shown(Instant moment, boolean unnamed) {
        return unnamed ? day(moment) : moment;
    }
}
