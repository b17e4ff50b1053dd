package org.hros.request.domain;

import java.time.Instant;
import org.hros.request.CloseReason;
import org.hros.request.RequestStatus;

/** One line of a request's status history; who made the change is never shown. */
public record StatusChangeView(
        RequestStatus from, RequestStatus to, CloseReason reason, Long mergedIntoId, Instant changedAt) {}
