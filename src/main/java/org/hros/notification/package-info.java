/**
 * Telling members what happened to the things they care about: in the app (a bell with the unread count and a
 * list) and by e-mail, per category as each member chooses ({@link org.hros.notification.NoticeDelivery}).
 *
 * <p>Notices are made only by listeners on other modules' events (case reviews, request status changes, offers,
 * invitations, replies and mentions, circle threads and replies, responses to check-ins), and by the weekly check-in
 * reminder, after commit, from the event publication registry. Each notice carries a
 * key derived from its event, so an event delivered twice (after a crash) makes one notice and one e-mail. Their
 * text comes only from what the event carries: no author data is ever looked up here. The one exception is who
 * wrote a reply: that is asked of the discussion module each time the notice is read or mailed, so that a case
 * made anonymous later takes its author's name back from earlier notices as well. Notices about a circle are made,
 * listed, counted and mailed only while their reader is a member of it. E-mails go through an
 * outbox sent by a timed job, at most one per member and category an hour, with retries and a one-click
 * unsubscribe link per category.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.hros.notification;
