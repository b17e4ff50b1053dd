package org.hros.moderation;

/** Why a member flags something. "Other" needs a few words of explanation. */
public enum FlagReason {
    SPAM,
    SALES_PITCH,
    IDENTIFIES_SOMEONE,
    HARASSMENT,
    OFF_TOPIC,
    OTHER;

    public String messageKey() {
        return "flag.reason." + name();
    }
}
