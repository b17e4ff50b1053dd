package org.hros.request.web;

import java.util.List;
import org.hros.discussion.ThreadView;
import org.hros.platform.web.FormView;
import org.hros.platform.web.ShareMeta;
import org.hros.request.RequestSessions.BornSession;
import org.hros.request.domain.RequestDetail;

/** A request's page: the request as the viewer may see it, the offer form, its discussion, and the sessions born from it. */
public record RequestPageView(
        RequestDetail request, FormView<OfferForm> offerForm, ThreadView thread, List<BornSession> sessions) {

    /** The link preview of the request: its title and the opening of its description. */
    public ShareMeta share() {
        return ShareMeta.article(request.title(), request.descriptionHtml(), request.path(), null);
    }
}
