package org.hros.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is waiting on which requests, for periodic mail (the digest). Member ids only: they choose whom to tell,
 * and are never shown.
 */
public interface RequestAudiences {

    /**
     * The requests that became answered at or after {@code from} and before {@code until} and are answered still,
     * each with the members who voted for it, most voted first.
     */
    List<AnsweredRequest> answeredBetween(Instant from, Instant until);

    /** For each of these cases that answers a request, the members who follow such a request. */
    Map<Long, Set<Long>> followersByAnsweringCase(Collection<Long> caseIds);

    /**
     * A request answered in the stretch asked for.
     *
     * @param answeredAt when its status last became answered; to place it in a member's period, not to show
     * @param voterIds the members who voted "me too"
     */
    record AnsweredRequest(PublicRequest request, Instant answeredAt, Set<Long> voterIds) {

        public AnsweredRequest {
            voterIds = Set.copyOf(voterIds);
        }
    }
}
