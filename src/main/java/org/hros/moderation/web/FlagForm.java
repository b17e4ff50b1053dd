package org.hros.moderation.web;

/**
 * A member's flag: what, why, and for "other" a few words.
 *
 * @param type the kind of item, e.g. {@code REPLY}
 * @param reason one of {@link org.hros.moderation.FlagReason}, as sent
 */
public record FlagForm(String type, Long id, String reason, String note) {}
