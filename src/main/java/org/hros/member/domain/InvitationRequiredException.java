package org.hros.member.domain;

/** A sign-up without a usable invitation while the community admits only invited people. */
public class InvitationRequiredException extends RuntimeException {

    InvitationRequiredException() {
        super("An invitation is needed to sign up");
    }
}
