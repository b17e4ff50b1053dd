package org.hros.radar.domain;

import java.util.List;

/**
 * One topic or skill on the trends page, as the trends job stored it.
 *
 * @param kind {@code topic} or {@code skill}
 * @param weekly activity (cases, requests and votes) per week, oldest first
 */
public record TrendRow(
        String kind, String slug, Counts fourWeeks, Counts thirteenWeeks, List<Integer> weekly, int newThisMonth) {

    /**
     * One window against the one before it. {@code searches} and {@code searchesBefore} are null when below the
     * minimum that may be shown.
     */
    public record Counts(
            int cases,
            int casesBefore,
            int requests,
            int requestsBefore,
            int votes,
            int votesBefore,
            Integer searches,
            Integer searchesBefore) {

        public int activity() {
            return cases + requests + votes;
        }

        public int activityBefore() {
            return casesBefore + requestsBefore + votesBefore;
        }

        public int change() {
            return activity() - activityBefore();
        }
    }

    public String kindKey() {
        return "trends.kind." + kind;
    }

    public String messageKey() {
        return "vocabulary." + kind + "." + slug;
    }
}
