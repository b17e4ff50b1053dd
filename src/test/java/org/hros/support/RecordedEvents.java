package org.hros.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hros.request.RequestStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every {@link RequestStatusChanged} the application publishes, as it is published, so that tests can check
 * who an event says is to be told without waiting for the module that tells them.
 */
@Component
public class RecordedEvents {

    private final List<RequestStatusChanged> statusChanges = new CopyOnWriteArrayList<>();

    @EventListener
    void on(RequestStatusChanged event) {
        statusChanges.add(event);
    }

    /** The status changes published so far for one request, oldest first. */
    public List<RequestStatusChanged> statusChangesOf(long requestId) {
        return statusChanges.stream().filter(e -> e.requestId() == requestId).toList();
    }
}
