package org.hros.session.domain;

/** Where a member stands with a session. */
public enum RsvpState {
    NONE,
    CONFIRMED,
    WAITING
}
