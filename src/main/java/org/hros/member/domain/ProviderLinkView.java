package org.hros.member.domain;

import java.time.Instant;

/**
 * A provider linked to the member, as their settings list it.
 *
 * @param registration the operator's name for the provider in the configuration
 */
public record ProviderLinkView(long id, String registration, Instant linkedAt, Instant lastUsedAt) {}
