package org.hros.practice;

/** How a member who can see a goal responds to one of its check-ins, besides commenting. */
public enum CheckInReaction {
    CHEER,
    USEFUL;

    public String messageKey() {
        return "goal.reaction." + name();
    }
}
