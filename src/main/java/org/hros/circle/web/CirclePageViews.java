package org.hros.circle.web;

import org.hros.circle.domain.CircleViews.CirclePage;
import org.hros.circle.domain.CircleViews.MembersPage;
import org.hros.circle.domain.CircleViews.ThreadPage;
import org.hros.circle.web.CircleForms.CheckInForm;
import org.hros.circle.web.CircleForms.CircleForm;
import org.hros.circle.web.CircleForms.InviteForm;
import org.hros.circle.web.CircleForms.LinkForm;
import org.hros.circle.web.CircleForms.PostForm;
import org.hros.circle.web.CircleForms.ThreadForm;
import org.hros.platform.web.FormView;

/** Page models: what the service returned with the forms on the page. */
public final class CirclePageViews {

    private CirclePageViews() {}

    /** The circle's front page. */
    public record CircleShowView(
            CirclePage circle, FormView<ThreadForm> threadForm, FormView<CheckInForm> checkInForm) {}

    /** A clinic thread and its reply form. */
    public record ThreadView(ThreadPage thread, FormView<PostForm> form) {}

    /** The members page with the facilitators' forms; {@code newLink} is a link just created, shown once. */
    public record MembersView(
            MembersPage page,
            FormView<CircleForm> settings,
            FormView<InviteForm> invite,
            FormView<LinkForm> link,
            String newLink,
            int defaultLinkDays) {}
}
