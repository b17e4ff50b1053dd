package org.hros.member;

/** What a member may do beyond reading and writing their own cases. */
public enum MemberRole {
    MEMBER,
    EDITOR,
    ADMIN;

    public String messageKey() {
        return "member.role." + name();
    }

    public boolean canEdit() {
        return this == EDITOR || this == ADMIN;
    }
}
