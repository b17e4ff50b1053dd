package org.hros.member;

/**
 * What identifies a member in what they write: for checking their own texts before they are shared, never for
 * showing to anyone. Any part but the handle may be {@code null}. The headline (“Head of Talent at Northwind”)
 * counts too: a text that repeats it points at its author.
 */
public record MemberIdentity(String displayName, String handle, String email, String company, String headline) {}
