package org.hros.member.domain;

import java.time.Instant;

/** A token as its owner sees it in their list: never the secret. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {}
