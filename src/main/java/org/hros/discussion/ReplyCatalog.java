package org.hros.discussion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reading replies from other modules (the search index, its result cards), always as they are now: a removed
 * reply, or one on a subject no longer public (a withdrawn case), is not there. Never who wrote a reply.
 */
public interface ReplyCatalog {

    /** The reply if anyone may read it now. */
    Optional<PublicReply> read(long replyId);

    /** Those of these replies anyone may read now, in the order asked. */
    List<PublicReply> read(Collection<Long> replyIds);

    /**
     * The ids of every reply anyone may read now (not removed, on a public subject), oldest first, to check a copy
     * against the discussions.
     */
    List<Long> ids();

    /** The ids of the replies on one subject anyone may read now, e.g. when a hidden case is shown again. */
    List<Long> idsOn(org.hros.shared.SubjectRef subject);
}
