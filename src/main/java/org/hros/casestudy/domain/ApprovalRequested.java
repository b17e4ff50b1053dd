package org.hros.casestudy.domain;

/**
 * An editor approved a case whose author named an approver at their employer: the approver's private link is
 * made and mailed by {@link ApprovalMails} once this has committed.
 */
record ApprovalRequested(long caseId, int round) {}
