package org.hros.session.domain;

import java.time.Instant;

/** One RSVP as editors see it on the attendee list. */
public record AttendeeView(String displayName, String handle, RsvpState state, Instant queuedAt) {}
