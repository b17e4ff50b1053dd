package org.hros.platform.db;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of liveness ({@code management.endpoint.health.group.liveness.include}): DOWN when the embedded PostgreSQL this
 * application started is gone and could not be started again, so that an orchestrator restarts the application.
 * A database that is merely slow or stalled, or an external one, never makes the application "dead": readiness (with
 * the {@code db} indicator) takes the node out of traffic instead.
 */
@Component("embeddedDatabase")
class EmbeddedDatabaseHealth implements HealthIndicator {

    private final ObjectProvider<PostmasterSupervisor> supervisor;

    EmbeddedDatabaseHealth(ObjectProvider<PostmasterSupervisor> supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public Health health() {
        PostmasterSupervisor watching = supervisor.getIfAvailable();
        if (watching == null) {
            return Health.up().build();
        }
        return watching.isDown() ? Health.down().build() : Health.up().build();
    }
}
