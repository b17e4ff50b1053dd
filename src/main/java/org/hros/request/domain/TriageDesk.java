package org.hros.request.domain;

import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request as the triage desk shows it to an editor. An accepted offer ties the member who offered to the case
 * their draft became — which may be published without their name — so every showing of such a tie is written to
 * the audit log, as seeing a case's author on the review screen is.
 */
@Service
public class TriageDesk {

    private final AgendaQueries queries;
    private final AuditLog audit;

    TriageDesk(AgendaQueries queries, AuditLog audit) {
        this.queries = queries;
        this.audit = audit;
    }

    /** The request with every offer, recording each accepted offer's case as seen by {@code editorId}. */
    @Transactional
    public RequestDetail show(long requestId, long editorId) {
        RequestDetail detail = queries.detail(requestId, editorId, true);
        for (OfferView offer : detail.offers()) {
            if (offer.accepted()) {
                audit.record(
                        editorId,
                        AuditAction.SAW_OFFER_CASE,
                        offer.caseId(),
                        "request " + requestId + ", offer " + offer.id());
            }
        }
        return detail;
    }
}
