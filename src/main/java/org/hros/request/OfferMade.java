package org.hros.request;

/** A member offered their experience on a request; editors are told. The offer itself stays private. */
public record OfferMade(long requestId, String title, String path, long offerId) {}
