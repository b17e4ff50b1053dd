package org.hros.request;

import org.hros.shared.SubjectType;

/**
 * Something that may already answer what a member is about to ask: a request to vote on, or a published case.
 *
 * @param status the request's status; {@code null} for a case
 * @param votes the request's votes; 0 for a case
 */
public record SimilarItem(SubjectType type, long id, String title, String path, RequestStatus status, long votes) {}
