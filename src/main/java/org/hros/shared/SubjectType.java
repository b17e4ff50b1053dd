package org.hros.shared;

/** The kinds of public things members discuss and react to. */
public enum SubjectType {
    CASE,
    REQUEST,
    REPLY
}
