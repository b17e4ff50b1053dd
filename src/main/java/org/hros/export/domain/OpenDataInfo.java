package org.hros.export.domain;

import java.time.Instant;

/**
 * The current open-data dump, without its bytes.
 *
 * @param sha256 the hex digest of the file, its entity tag
 * @param cases how many published cases it holds
 */
public record OpenDataInfo(Instant builtAt, String sha256, long sizeBytes, int cases) {

    public String etag() {
        return "\"" + sha256 + "\"";
    }

    /** The size for people: "12 KB", "3.4 MB". */
    public String size() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
