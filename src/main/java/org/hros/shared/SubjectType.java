package org.hros.shared;

/**
 * The kinds of things members discuss, react to and flag. Cases, requests and replies are public; a circle post is
 * seen only by its circle's members (and by editors when it is flagged), so it is never discussed or reacted to.
 */
public enum SubjectType {
    CASE,
    REQUEST,
    REPLY,
    CIRCLE_POST
}
