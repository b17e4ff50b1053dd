package org.hros.casestudy.web;

import java.time.Instant;
import java.util.List;
import org.hros.casestudy.domain.DraftView;

/**
 * The editor's quiet status line after an autosave: when it was saved and the version the next save is based on,
 * or why nothing was saved.
 *
 * @param problems the fields' messages when the form is not valid yet
 * @param conflict whether another tab or device saved a newer version (a plain save then shows both)
 */
public record AutosaveView(Instant savedAt, Integer version, List<String> problems, boolean conflict) {

    static AutosaveView saved(DraftView draft) {
        return new AutosaveView(draft.updatedAt(), draft.version(), List.of(), false);
    }

    static AutosaveView notSaved(List<String> problems, boolean conflict) {
        return new AutosaveView(null, null, problems, conflict);
    }

    public boolean saved() {
        return savedAt != null;
    }
}
