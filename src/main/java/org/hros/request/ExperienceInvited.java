package org.hros.request;

/** An editor invited the member who made an offer to write the answering case. Only that member is told. */
public record ExperienceInvited(long requestId, String title, String path, long offerId, long memberId) {}
