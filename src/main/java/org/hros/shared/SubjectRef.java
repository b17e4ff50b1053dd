package org.hros.shared;

/** A reference to one public thing, e.g. case 12 or request 7, without depending on the module that owns it. */
public record SubjectRef(SubjectType type, long id) {}
