package org.hros.request;

import java.util.Set;
import org.hros.shared.PublicPagesChanged;

/**
 * A request changed status (answered included). When it was merged as a duplicate, {@code mergedIntoId} names the
 * request its votes moved to and {@code path} points there.
 *
 * @param changeId the id of the status change in the request's history, so that the same move made twice is two
 *     changes and a second delivery of one change is recognised as such
 * @param reason set only when {@code to} is {@link RequestStatus#CLOSED}
 * @param audience the voters and followers to tell, as they were when the change was committed
 */
public record RequestStatusChanged(
        long requestId,
        long changeId,
        String title,
        String path,
        RequestStatus from,
        RequestStatus to,
        CloseReason reason,
        Long mergedIntoId,
        Set<Long> audience)
        implements PublicPagesChanged {

    public RequestStatusChanged {
        audience = Set.copyOf(audience);
    }
}
