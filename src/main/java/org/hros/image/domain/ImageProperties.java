package org.hros.image.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on images members upload.
 *
 * @param maxBytes the largest file accepted
 * @param maxPixels the most pixels an image may have (width times height), read from its header before decoding,
 *     so that a small file claiming a huge picture (a decompression bomb) is refused without being decoded
 * @param maxWidth wider images are scaled down to this width when stored
 * @param maxHeight taller images are scaled down to this height when stored
 * @param concurrentDecodes how many uploads one node decodes at once; a decoded picture may take over 100 MB
 */
@ConfigurationProperties("hros.images")
public record ImageProperties(
        @DefaultValue("8MB") DataSize maxBytes,
        @DefaultValue("40000000") long maxPixels,
        @DefaultValue("2000") int maxWidth,
        @DefaultValue("4000") int maxHeight,
        @DefaultValue("2") int concurrentDecodes) {}
