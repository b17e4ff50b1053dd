package org.hros.request.web;

import org.hros.request.CloseReason;
import org.hros.request.RequestStatus;
import org.hros.request.domain.BoardQuery;

/** The message keys of the agenda's words, for templates. */
public final class RequestLabels {

    private RequestLabels() {}

    public static String status(RequestStatus status) {
        return "request.status." + status.name();
    }

    public static String reason(CloseReason reason) {
        return "request.reason." + reason.name();
    }

    public static String sort(BoardQuery.Sort sort) {
        return "board.sort." + sort.name();
    }

    public static String mine(BoardQuery.Mine mine) {
        return "board.mine." + mine.name();
    }
}
