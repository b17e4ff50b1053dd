package org.hros.platform;

/** Ends a member's sessions everywhere, e.g. when they are suspended or their role changes. */
public interface Sessions {

    /**
     * The session attribute holding the address of a member whose log-in was refused because they are suspended,
     * set only after their password was checked, so that the log-in page may show them why.
     */
    String SUSPENDED_LOGIN = "hros.suspendedLogin";

    /** Every session of this member begun before now is refused at its next request. */
    void endAll(String username);
}
