package org.hros.practice;

/** Who may see a practice goal and its check-ins. */
public enum GoalVisibility {
    ONLY_ME,
    MY_CIRCLES,
    EVERYONE;

    public String messageKey() {
        return "goal.visibility." + name();
    }
}
