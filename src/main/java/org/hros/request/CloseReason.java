package org.hros.request;

/** Why a request was closed without an answer. */
public enum CloseReason {
    DUPLICATE,
    OUT_OF_SCOPE,
    STALE
}
