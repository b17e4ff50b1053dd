/**
 * Live sessions: talks, clinics and podcast recordings that editors run, often born from a top request. Members
 * RSVP for a seat or a place on the waiting list, get the session as an iCalendar file by mail and as a download,
 * can subscribe to the public calendar or to a private one of their own sessions, and are reminded the day before
 * and an hour before. Afterwards a session keeps its recording, notes and the cases and requests it covered.
 *
 * <p>This package is the module's API: {@link org.hros.session.SessionCatalog} hands upcoming and recent sessions
 * to the feeds, and {@link org.hros.session.SessionSamples} schedules the demo community's sessions through the
 * same checks as the editors' pages. The module implements {@link org.hros.request.RequestSessions} so a request's
 * page lists the sessions born from it. Who RSVPed is shown to editors only; everyone else sees counts. Cases a session covered
 * are shown by title and link only, never with their author.
 *
 * <p>The module adds "Upcoming sessions" to the digest, as a {@link org.hros.digest.DigestSection} bean: sessions on
 * the reader's topics and those born from requests, with the start in the reader's zone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live sessions")
package org.hros.session;
