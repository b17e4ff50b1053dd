package org.hros.casestudy.web;

import java.util.List;
import org.hros.casestudy.domain.DraftView;
import org.hros.platform.web.ConfirmView;

/** What withdrawing a case or deleting a draft will do, asked before it is done. */
public final class Confirmations {

    private Confirmations() {}

    /** Withdrawal: readers get 410 Gone, and the case leaves the library and search at once. */
    public static ConfirmView withdraw(DraftView draft) {
        return new ConfirmView(
                "confirm-withdraw",
                "confirm.withdraw.title",
                draft.title(),
                List.of(
                        "confirm.withdraw.gone",
                        "confirm.withdraw.search",
                        "confirm.withdraw.discussion",
                        "confirm.withdraw.kept"),
                "/my/cases/" + draft.id() + "/withdraw",
                "edit.withdraw",
                "/my/cases/" + draft.id(),
                "");
    }

    /** Deleting a draft that was never published: gone for good, with the editors' notes on it. */
    public static ConfirmView discard(DraftView draft) {
        return new ConfirmView(
                "confirm-delete-draft",
                "confirm.deleteDraft.title",
                draft.title(),
                List.of("confirm.deleteDraft.gone", "confirm.undone"),
                "/my/cases/" + draft.id() + "/delete",
                "edit.delete",
                "/my/cases/" + draft.id(),
                "btn--quiet");
    }
}
