package org.hros.team.web;

import java.util.List;
import org.hros.platform.web.ConfirmView;
import org.hros.platform.web.FormView;
import org.hros.team.TeamTraining.AssignableTrack;
import org.hros.team.domain.TeamViews.TeamPage;
import org.hros.team.web.TeamForms.AssignmentForm;
import org.hros.team.web.TeamForms.InviteForm;

/** Page models: what the services returned with the forms and confirmations on the page. */
public final class TeamPageViews {

    private TeamPageViews() {}

    /** The team's page, with the leads' invitation form and a confirmation per removable member. */
    public record TeamShowView(
            TeamPage team, FormView<InviteForm> invite, List<ConfirmView> removals, ConfirmView leave) {

        public ConfirmView removal(long memberId) {
            return removals.stream()
                    .filter(c -> c.id().equals("confirm-remove-member-" + memberId))
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * Assigning a track or moving its due date ({@code assignmentId} set: editing, the track is fixed).
     *
     * @param trackTitle the assigned track's title when editing
     */
    public record AssignmentView(
            long teamId,
            String teamName,
            Long assignmentId,
            String trackTitle,
            List<AssignableTrack> tracks,
            boolean trainingAvailable,
            FormView<AssignmentForm> form) {

        public boolean editing() {
            return assignmentId != null;
        }
    }
}
