package org.hros.track;

/**
 * Who a reflection is shared with: nobody, or one group the member is in, named by kind and id so that a new kind
 * of group (a team) needs no new table.
 */
public enum ShareKind {
    PRIVATE,
    CIRCLE;

    public String messageKey() {
        return "track.reflection.share." + name();
    }
}
