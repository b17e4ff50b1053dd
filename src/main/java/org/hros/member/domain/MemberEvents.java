package org.hros.member.domain;

/** Things that happened to an account; the mails they need are sent after commit by {@link AccountMails}. */
final class MemberEvents {

    private MemberEvents() {}

    record VerificationRequested(long memberId) {}

    record PasswordResetRequested(long memberId) {}

    /** Someone tried to join with the address of an existing member: the member is told, the form says nothing. */
    record SignUpWithTakenAddress(long memberId) {}

    /** An invitation was sent: its link is made and mailed after commit. */
    record InvitationMailRequested(long invitationId) {}
}
