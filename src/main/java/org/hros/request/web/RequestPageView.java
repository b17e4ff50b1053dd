package org.hros.request.web;

import org.hros.discussion.ThreadView;
import org.hros.platform.web.FormView;
import org.hros.platform.web.ShareMeta;
import org.hros.request.domain.RequestDetail;

/** A request's page: the request as the viewer may see it, the offer form, and its discussion. */
public record RequestPageView(RequestDetail request, FormView<OfferForm> offerForm, ThreadView thread) {

    /** The link preview of the request: its title and the opening of its description. */
    public ShareMeta share() {
        return ShareMeta.article(request.title(), request.descriptionHtml(), request.path(), null);
    }
}
