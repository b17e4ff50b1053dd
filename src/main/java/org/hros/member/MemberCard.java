package org.hros.member;

/**
 * What anyone may see of a member: never their e-mail, and their company only if they chose to show it.
 *
 * @param id the member's id
 * @param handle the member's public handle, used in their profile's address
 * @param displayName the name they chose to show
 * @param headline their role, e.g. "Head of Talent Brand"
 */
public record MemberCard(long id, String handle, String displayName, String headline) {

    public String profilePath() {
        return "/members/" + handle;
    }
}
