package org.hros.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hros.shared.Topic;

/**
 * Reading requests from other modules (the search index, its result cards), always as they are now and without
 * who posted them.
 */
public interface RequestCatalog {

    /** The request as it is now; empty when there is no such request. */
    Optional<PublicRequest> read(long requestId);

    /** These requests as they are now, in the order asked, leaving out those that do not exist. */
    List<PublicRequest> read(Collection<Long> requestIds);

    /** The newest requests on the agenda, newest first, leaving out those merged into another. */
    List<PublicRequest> newest(int limit);

    /**
     * The id of every request that is not merged into another, oldest first, to check a copy (the search index)
     * against the agenda.
     */
    List<Long> ids();

    /**
     * The most voted requests still waiting for an answer (open, sourcing or in progress) on any of these topics,
     * for a member who follows them.
     */
    List<PublicRequest> waitingOnTopics(Collection<Topic> topics, int limit);

    /** Requests opened after {@code since}, newest first, leaving out those merged into another. */
    List<PublicRequest> openedSince(Instant since, int limit);

    /** The most voted requests still waiting for an answer that ask for this skill, e.g. for a track's page. */
    default List<PublicRequest> waitingOnSkill(org.hros.shared.Skill skill, int limit) {
        return List.of();
    }
}
