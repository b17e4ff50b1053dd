package org.hros.discussion;

/** How a member relates to a thread: they hear of new replies when following, never when muted. */
public enum FollowState {
    NONE,
    FOLLOWING,
    MUTED;

    public String messageKey() {
        return "discussion.follow.state." + name();
    }
}
