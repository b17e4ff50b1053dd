package org.hros.moderation.web;

import java.util.List;
import org.hros.member.MemberAccountView;
import org.hros.moderation.AuditEntryView;
import org.hros.platform.web.FormView;
import org.hros.shared.PageView;

/**
 * An admin's page about one member: their account and standing, what they did, what was done about them, and the
 * forms to act.
 *
 * @param activity what the member did, counted by each module (message key and count)
 * @param form which form the errors belong to ({@code suspend} or {@code silence}), with its values
 */
public record MemberPageView(
        MemberAccountView account,
        List<Activity> activity,
        PageView<AuditEntryView> audit,
        String failedForm,
        FormView<StandingForm> form,
        String roleError) {

    public FormView<StandingForm> formFor(String name) {
        return name.equals(failedForm) ? form : FormView.clean(StandingForm.empty());
    }

    /** The two forms that restrict a member, in the order the page shows them. */
    public List<StandingAction> standingActions() {
        return List.of(
                new StandingAction(
                        "suspend", "admin.member.suspend", "admin.member.suspend.text", "admin.member.suspend.submit"),
                new StandingAction(
                        "silence", "admin.member.silence", "admin.member.silence.text", "admin.member.silence.submit"));
    }

    /** A form that restricts a member: its path segment and its texts. */
    public record StandingAction(String name, String headingKey, String textKey, String submitKey) {}

    /** One line of the activity summary. */
    public record Activity(String labelKey, long count) {}
}
