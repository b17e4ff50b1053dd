package org.hros.circle;

/** What a member may do in a circle: facilitators invite, remove, promote and change the settings. */
public enum CircleRole {
    FACILITATOR,
    MEMBER;

    public String messageKey() {
        return "circle.role." + name();
    }
}
