package org.hros.request;

import org.hros.shared.PublicPagesChanged;

/** Anything public about a request changed (posted, edited, status, votes), e.g. for the search index to refresh. */
public record RequestChanged(long requestId) implements PublicPagesChanged {}
