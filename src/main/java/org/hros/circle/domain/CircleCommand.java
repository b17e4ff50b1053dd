package org.hros.circle.domain;

/**
 * A circle's settings as a facilitator sets them.
 *
 * @param sizeLimit how many members it may have, 2 to {@link CircleService#MAX_SIZE}
 * @param chathamHouse whether every new post is shown without its author's name
 * @param noteRetentionDays after how many days clinic notes are deleted, or {@code null} to keep them
 */
public record CircleCommand(
        String name, String purpose, Integer sizeLimit, Boolean chathamHouse, Integer noteRetentionDays) {}
