/**
 * Webhooks for integrations: admins register HTTPS endpoints that receive signed JSON when a case is published, a
 * request is answered or a live session is scheduled.
 *
 * <p>Listeners on those modules' events write one outbox row per subscribed webhook in their own transaction, with the
 * payload built from what the public API shows (the library's attribution decision, never an author who is not
 * named). A ShedLock-locked job sends due rows with the JDK's HTTP client, signs them as Standard Webhooks does
 * (HMAC-SHA256 over id, timestamp and body), retries with back-off and logs every attempt. An endpoint must be HTTPS
 * and must not resolve to a private, loopback or link-local address, checked when it is saved and again before every
 * attempt. An endpoint failing for days is paused and the admins are told through the notification module.
 *
 * <p>The module hands nothing out: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package org.hros.webhook;
