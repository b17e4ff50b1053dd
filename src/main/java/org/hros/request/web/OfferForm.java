package org.hros.request.web;

import org.hros.request.OfferKind;

/** "I've been through this": what the member would give, and a private note to the editors. */
public record OfferForm(OfferKind kind, String note) {

    static OfferForm blank() {
        return new OfferForm(null, "");
    }
}
