package org.hros.request;

/** What a member who has been through a request's problem is willing to give. */
public enum OfferKind {
    SPARK,
    FULL_CASE,
    TALK;

    public String messageKey() {
        return "offer.kind." + name();
    }
}
