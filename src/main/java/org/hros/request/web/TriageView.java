package org.hros.request.web;

import java.util.List;
import org.hros.request.domain.OfferView;
import org.hros.request.domain.RequestCard;
import org.hros.shared.PageView;

/** The triage desk: requests waiting for an answer, and offers waiting for an editor or their member. */
public record TriageView(PageView<RequestCard> requests, List<OfferView> offers) {}
