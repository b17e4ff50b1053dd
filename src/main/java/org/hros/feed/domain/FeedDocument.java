package org.hros.feed.domain;

import java.time.Instant;

/**
 * One rendered feed with what a conditional GET needs.
 *
 * @param xml the Atom document
 * @param etag a strong entity tag derived from the document's bytes, quoted
 * @param lastModified when this document last changed, as far as this node knows
 */
public record FeedDocument(String xml, String etag, Instant lastModified) {}
