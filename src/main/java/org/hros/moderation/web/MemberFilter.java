package org.hros.moderation.web;

import org.hros.member.MemberRole;
import org.hros.member.MemberState;

/** The member directory's search box and filters, as the address carries them. */
public record MemberFilter(String q, MemberRole role, MemberState state, Integer page) {

    /** The address of another page of the same search. */
    public String pagePath(int other) {
        StringBuilder path = new StringBuilder("/admin/members?page=").append(other);
        if (q != null && !q.isBlank()) {
            path.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (role != null) {
            path.append("&role=").append(role.name());
        }
        if (state != null) {
            path.append("&state=").append(state.name());
        }
        return path.toString();
    }
}
