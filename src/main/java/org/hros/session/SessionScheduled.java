package org.hros.session;

/**
 * An editor scheduled a new live session. Published inside the transaction that saved it; what anyone may read of
 * it is had from {@link SessionCatalog#entry(long)}.
 */
public record SessionScheduled(long sessionId) {}
