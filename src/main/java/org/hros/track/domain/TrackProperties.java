package org.hros.track.domain;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tracks, {@code hros.tracks.*} (docs/tracks.md).
 *
 * @param skillVoteThreshold how many members' votes for a skill without a track make it shown to editors
 */
@ConfigurationProperties("hros.tracks")
@Validated
public record TrackProperties(@DefaultValue("3") @Positive long skillVoteThreshold) {}
