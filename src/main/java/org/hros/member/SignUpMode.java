package org.hros.member;

/** How newcomers join the community, as its admins chose at /admin/settings. */
public enum SignUpMode {
    /** Anyone may sign up. */
    OPEN,
    /** Only people with an invitation from an admin or editor may sign up. */
    INVITATION,
    /** Anyone may sign up; the account waits until an admin or editor approves it. */
    APPROVAL;

    public String messageKey() {
        return "signup.mode." + name();
    }
}
