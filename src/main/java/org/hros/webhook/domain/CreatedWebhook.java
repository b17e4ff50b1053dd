package org.hros.webhook.domain;

/** A webhook just created, with its signing secret: shown this once. */
public record CreatedWebhook(long id, String secret) {}
