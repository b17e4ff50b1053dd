package org.hros.track;

import java.util.Locale;

/**
 * Who a reflection is shared with: nobody, or one group the member is in, named by kind and id so that a new kind
 * of group needs no new table. A reflection shared with a circle shows on the step to that circle; one shared with
 * a team shows only on that team's dashboard.
 */
public enum ShareKind {
    PRIVATE,
    CIRCLE,
    TEAM;

    public String messageKey() {
        return "track.reflection.share." + name();
    }

    /** How the reflection form names a share with this kind of group: "circle:" or "team:" before the id. */
    public String formPrefix() {
        return name().toLowerCase(Locale.ROOT) + ":";
    }

    /** The form's value for a share: "private", or the prefix and the group's id. */
    public String formValue(Long id) {
        return this == PRIVATE ? "private" : formPrefix() + id;
    }
}
