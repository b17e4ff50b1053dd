package org.hros.practice.web;

import java.util.List;
import org.hros.platform.web.ConfirmView;
import org.hros.practice.domain.GoalViews.CheckInView;
import org.hros.practice.domain.GoalViews.CommentView;
import org.hros.practice.domain.GoalViews.GoalPage;

/** What deleting a goal or a check-in will do, asked before it is done. */
public final class GoalConfirmations {

    private GoalConfirmations() {}

    public static ConfirmView deleteGoal(GoalPage goal) {
        return new ConfirmView(
                "confirm-delete-goal",
                "confirm.deleteGoal.title",
                goal.title(),
                List.of("confirm.deleteGoal.gone", "confirm.deleteGoal.shared", "confirm.undone"),
                "/goals/" + goal.id() + "/delete",
                "goal.delete",
                "/goals/" + goal.id(),
                "btn--small");
    }

    public static ConfirmView deleteCheckIn(GoalPage goal, CheckInView checkIn) {
        return new ConfirmView(
                "confirm-delete-check-in-" + checkIn.id(),
                "confirm.deleteCheckIn.title",
                checkIn.note(),
                List.of("confirm.deleteCheckIn.gone", "confirm.undone"),
                "/goals/" + goal.id() + "/check-ins/" + checkIn.id() + "/delete",
                "goal.checkIn.delete",
                "/goals/" + goal.id(),
                "btn--small btn--quiet");
    }

    public static ConfirmView deleteComment(long goalId, long checkInId, CommentView comment) {
        return new ConfirmView(
                "confirm-delete-comment-" + comment.id(),
                "confirm.deleteComment.title",
                org.hros.shared.MarkdownRenderer.toPlainText(comment.html(), 200),
                List.of("confirm.deleteComment.gone", "confirm.undone"),
                "/goals/" + goalId + "/check-ins/" + checkInId + "/comments/" + comment.id() + "/delete",
                "goal.comment.delete",
                "/goals/" + goalId + "#comment-" + comment.id(),
                "btn--small btn--quiet");
    }
}
