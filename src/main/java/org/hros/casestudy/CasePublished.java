package org.hros.casestudy;

import org.hros.shared.PublicPagesChanged;

/**
 * A revision of a case was published.
 *
 * @param authorId for notifying the author only; never to be shown
 * @param imported true for sample content loaded without review, which nobody needs to be told about
 */
public record CasePublished(long caseId, long authorId, int revision, boolean imported) implements PublicPagesChanged {}
