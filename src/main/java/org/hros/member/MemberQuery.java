package org.hros.member;

/**
 * A search of the member directory.
 *
 * @param text part of a name, handle or address; blank for all
 * @param role only members with this role, or {@code null}
 * @param state only members in this standing, or {@code null}
 * @param page from 1
 */
public record MemberQuery(String text, MemberRole role, MemberState state, int page) {}
