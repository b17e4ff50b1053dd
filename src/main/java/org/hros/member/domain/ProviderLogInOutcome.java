package org.hros.member.domain;

import org.hros.member.MemberPrincipal;

/** What became of a log-in through a provider. */
public sealed interface ProviderLogInOutcome {

    /** The person is signed in as this member; {@code joined} when the account was created just now. */
    record SignedIn(MemberPrincipal principal, boolean joined) implements ProviderLogInOutcome {}

    /** Nobody is linked to this provider account and its address is missing or not verified by the provider. */
    record AddressNotVerified() implements ProviderLogInOutcome {}

    /** The provider account is linked to another member already: it cannot be linked to a second one. */
    record LinkedElsewhere() implements ProviderLogInOutcome {}

    /** The member is suspended; the log-in page shows them why, as after a right password. */
    record Suspended(String email) implements ProviderLogInOutcome {}
}
