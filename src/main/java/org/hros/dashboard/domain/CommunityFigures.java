package org.hros.dashboard.domain;

import java.util.List;

/**
 * The community's figures over a span of weeks, oldest week first, one entry per week even when nothing happened.
 *
 * @param weeks how many weeks were asked for
 */
public record CommunityFigures(int weeks, List<WeekFigures> rows) {

    public CommunityFigures {
        rows = List.copyOf(rows);
    }

    /** A new site: nothing happened or waited in any of the weeks. */
    public boolean empty() {
        return rows.stream().allMatch(WeekFigures::quiet);
    }

    public long total(java.util.function.ToLongFunction<WeekFigures> figure) {
        return rows.stream().mapToLong(figure).sum();
    }

    public long peak(java.util.function.ToLongFunction<WeekFigures> figure) {
        return rows.stream().mapToLong(figure).max().orElse(0);
    }
}
