package org.hros.discussion.web;

/** A reply as the form sends it; {@code parentId} names the reply it answers, if any. */
public record ReplyForm(String body, Long parentId) {}
