package org.hros.shared;

/**
 * Marks an event after which pages anyone may read show something else: a case published, edited, withdrawn or
 * credited differently, a request or a reply changed, a profile edited. The platform's page cache forgets the
 * anonymous pages it keeps when such an event is published, here and on every other node (docs/performance.md).
 * Events that only change counts (reactions) do not carry it; those pages catch up within the cache's lifetime.
 */
public interface PublicPagesChanged {}
