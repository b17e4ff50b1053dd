package org.hros.request.web;

import org.hros.discussion.ThreadView;
import org.hros.platform.web.FormView;
import org.hros.request.domain.RequestDetail;

/** A request's page: the request as the viewer may see it, the offer form, and its discussion. */
public record RequestPageView(RequestDetail request, FormView<OfferForm> offerForm, ThreadView thread) {}
