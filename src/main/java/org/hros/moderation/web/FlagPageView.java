package org.hros.moderation.web;

import java.util.List;
import org.hros.moderation.FlagReason;
import org.hros.moderation.domain.FlagService.FlagTarget;

/**
 * The flag form: what is flagged (where it is, never who wrote it), the reasons to choose from, and any problem.
 *
 * @param errorField the field a problem concerns, or {@code null}
 * @param errorKey the message key of the problem, or {@code null}
 */
public record FlagPageView(FlagTarget target, FlagForm form, String errorField, String errorKey) {

    public List<FlagReason> reasons() {
        return List.of(FlagReason.values());
    }

    public boolean chosen(FlagReason reason) {
        return reason.name().equals(form.reason());
    }

    public String error(String field) {
        return field.equals(errorField) ? errorKey : null;
    }

    public String kindKey() {
        return "flag.kind." + target.type().name();
    }
}
