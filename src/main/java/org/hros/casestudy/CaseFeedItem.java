package org.hros.casestudy;

import java.time.Instant;

/**
 * A published case as a feed carries it: its card (which holds only what readers may know of the author), the
 * licence of its current revision and when it first appeared; {@code card().publishedAt()} is when its current
 * revision was published.
 */
public record CaseFeedItem(CaseCard card, Licence licence, Instant firstPublishedAt) {}
