/**
 * Atom feeds of the published library and the community agenda, public and read by machines: all cases,
 * failures, one topic, one skill, the newest requests, the radar's editions, and live sessions.
 *
 * <p>Feeds are built only from the reader-facing views the case library and the agenda hand out, so an entry
 * credits its author exactly as a case page does (the library's attribution policy decides) and a withdrawn or
 * taken-down case is gone from every feed at once. Nothing here is an API other modules call.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds")
package org.hros.feed;
