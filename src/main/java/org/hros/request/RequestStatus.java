package org.hros.request;

/** Where a request stands, from a member's ask to a published answer. */
public enum RequestStatus {
    OPEN,
    SOURCING,
    IN_PROGRESS,
    ANSWERED,
    CLOSED
}
