package org.hros.member;

/** Where a member's account stands, as admins filter the directory by it. */
public enum MemberState {
    /** Verified, neither suspended nor silenced. */
    ACTIVE,
    /** Has not confirmed their address yet. */
    UNVERIFIED,
    /** May not log in until the suspension ends or an admin reinstates them. */
    SUSPENDED,
    /** May log in and read, but not post. */
    SILENCED;

    public String messageKey() {
        return "member.state." + name();
    }
}
