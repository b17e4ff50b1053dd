package org.hros.member;

/**
 * How far the community trusts a member, earned by taking part (in Discourse's manner) or set by an editor or admin.
 * A new member's posts carry few links, come less often and cannot invite; higher levels lift those limits and weigh
 * more when they flag something.
 */
public enum TrustLevel {
    NEW,
    MEMBER,
    REGULAR;

    public String messageKey() {
        return "trust.level." + name();
    }

    /** The level above this one, or {@code null} at the top. */
    public TrustLevel next() {
        return this == REGULAR ? null : values()[ordinal() + 1];
    }
}
