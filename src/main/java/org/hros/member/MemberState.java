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
    SILENCED,
    /** Signed up while sign-up needed approval, and no admin or editor has decided yet: may log in, not post. */
    WAITING,
    /** An admin or editor declined the account: may not log in. */
    DECLINED;

    public String messageKey() {
        return "member.state." + name();
    }
}
