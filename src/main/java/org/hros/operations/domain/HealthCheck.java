package org.hros.operations.domain;

/**
 * One health check as the page shows it.
 *
 * @param key what was checked, as a message key suffix ({@code liveness}, {@code readiness}, {@code db}, …)
 * @param status the actuator's status code ({@code UP}, {@code DOWN}, …), or {@code ABSENT} when this installation
 *     has no such check, or {@code UNCONFIGURED} for a mail server that is not set
 */
public record HealthCheck(String key, String status) {

    public String messageKey() {
        return "operations.health." + key;
    }

    public String statusKey() {
        return "operations.status." + status;
    }

    public boolean up() {
        return "UP".equals(status);
    }

    /** How the page marks it: up, down (or out of service), or neutral for what is not checked here. */
    public String tone() {
        return switch (status) {
            case "UP" -> "up";
            case "DOWN", "OUT_OF_SERVICE" -> "down";
            default -> "neutral";
        };
    }
}
