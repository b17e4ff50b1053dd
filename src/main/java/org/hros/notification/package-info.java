/**
 * Telling members what happened to their things. For now: an author hears by e-mail when an editor returns
 * or publishes their case, or when the approver they named at their employer declines it. Handlers run after
 * commit from the event publication registry, so a crash between the two loses no notice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.hros.notification;
