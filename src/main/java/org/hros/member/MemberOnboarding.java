package org.hros.member;

/** Creating members whose address is already known to be theirs, such as the demo community. */
public interface MemberOnboarding {

    /**
     * Registers a verified member, labelled as sample content, and returns their id; when the address already
     * belongs to a sample member, returns that member's id and changes nothing.
     *
     * @param headline their role, e.g. "Sourcing Lead"
     * @param company their employer, kept private
     */
    long registerSample(
            String email, String displayName, String password, MemberRole role, String headline, String company);
}
