package org.hros.operations.domain;

import java.time.Instant;

/**
 * One scheduled job's ShedLock row.
 *
 * @param held whether the lock is held now (its time has not run out)
 * @param lockedBy the node that took it last
 */
public record LockView(String name, Instant lockedAt, Instant lockedUntil, String lockedBy, boolean held) {}
