package org.hros.member;

/**
 * A member logged in through their company's OpenID Connect provider. Published inside the transaction that
 * recorded the log-in, so that its audit entry is written with it.
 *
 * @param provider the provider's name, as the operator configured it
 * @param joined whether the log-in created the member's account
 * @param linked whether the log-in linked the provider account to the member (by their verified address)
 */
public record MemberLoggedInWithProvider(long memberId, String provider, boolean joined, boolean linked) {}
