package org.hros.casestudy.web;

import org.hros.casestudy.CaseType;
import org.hros.casestudy.domain.DraftView;
import org.hros.platform.web.FormView;

/**
 * The case editor: the form, and the working copy it came from (null for a new case).
 *
 * @param draft status, review notes and publication of the case being edited
 */
public record EditorView(FormView<CaseForm> form, DraftView draft) {

    public CaseType type() {
        return form.values().type() == null
                ? CaseType.CASE_STUDY
                : form.values().type();
    }

    public String action() {
        return draft == null ? "/cases" : "/my/cases/" + draft.id();
    }

    /**
     * Whether the editor saves as the author types: a new case or a draft. A published case, or one waiting for
     * approval or its embargo, is saved only by an explicit "Save draft", as saving starts a new round there.
     */
    public boolean autosave() {
        return draft == null
                || draft.status() == org.hros.casestudy.CaseStatus.DRAFT
                || draft.status() == org.hros.casestudy.CaseStatus.RETURNED;
    }

    public boolean editable() {
        return draft == null || draft.status().editableByAuthor();
    }
}
