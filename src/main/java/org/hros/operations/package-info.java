/**
 * Operations for admins as an HTML page: health (liveness, readiness, the database, the embedded database, the mail
 * server), the search index, the mail outboxes, the event publications that wait for their handlers and the scheduled
 * jobs' locks. Read-only; the JSON endpoints under {@code /actuator} stay for machines.
 *
 * <p>It depends on the search API ({@link org.hros.search.SearchIndexOverview}) and on what {@code platform} offers
 * to all: each module with an outbox implements {@link org.hros.platform.MailQueue}. It shows counts, times, lock
 * names and node names only, never an address, a text or an exception's message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.hros.operations;
