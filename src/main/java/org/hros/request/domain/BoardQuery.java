package org.hros.request.domain;

import org.hros.request.RequestStatus;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * What the board shows: an order, optional filters ({@code null} for any), and the viewer's own lists.
 *
 * @param mine only requests the viewer voted on or follows; needs {@code viewerId}
 */
public record BoardQuery(Sort sort, Topic topic, Skill skill, RequestStatus status, Mine mine, int page, int size) {

    /** How the board is ordered. */
    public enum Sort {
        VOTES,
        NEWEST,
        TRENDING,
        UNANSWERED;

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The viewer's own lists. */
    public enum Mine {
        VOTED,
        FOLLOWED;

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public BoardQuery {
        sort = sort == null ? Sort.VOTES : sort;
    }
}
