package org.hros.request;

/**
 * The agenda's write side for other modules (the demo community loads its requests through it). Web and API
 * controllers inside the module use the same service.
 */
public interface CommunityAgenda {

    /** Posts a request as {@code memberId}, who follows it from then on; returns its id. */
    long post(long memberId, RequestCommand command);

    /** Adds the member's "me too"; a second vote changes nothing. Returns whether a vote was added. */
    boolean vote(long requestId, long memberId);

    boolean follow(long requestId, long memberId);

    /** Records an offer of experience, private to editors and the member; returns its id. */
    long offer(long requestId, long memberId, OfferKind kind, String note);

    /** Links an already-published case to a request, which then counts as answered. */
    void linkCase(long requestId, long caseId, long editorId);
}
