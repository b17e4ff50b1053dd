package org.hros.digest;

import java.util.List;

/**
 * One titled section of a digest.
 *
 * @param title the heading, in the reader's words (e.g. "New failure stories on your topics")
 * @param items at least one; the digest shows them in this order
 */
public record DigestPart(String title, List<DigestItem> items) {

    public DigestPart {
        items = List.copyOf(items);
        if (title == null || title.isBlank() || items.isEmpty()) {
            throw new IllegalArgumentException("A digest section needs a title and at least one item");
        }
    }
}
