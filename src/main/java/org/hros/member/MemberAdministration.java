package org.hros.member;

import java.time.Instant;
import java.util.Optional;
import org.hros.shared.PageView;

/**
 * What admins do with members (and editors with accounts waiting for approval): find them, change their role, suspend, silence and reinstate them. Every change
 * publishes {@link MemberStandingChanged} inside its transaction; the actor must be an admin, which the web layer
 * checks before calling.
 */
public interface MemberAdministration {

    int PAGE_SIZE = 25;

    /** Members matching the query, newest first. */
    PageView<MemberAccountView> search(MemberQuery query);

    Optional<MemberAccountView> account(long memberId);

    /**
     * Makes the member an editor, an admin or a plain member again. Their sessions end, so the new role applies
     * at once.
     *
     * @throws org.hros.shared.FieldErrorsException when this would leave the community without an active admin
     */
    void changeRole(long actorId, long memberId, MemberRole role);

    /**
     * Ends the member's sessions and refuses their log-in until {@code until} ({@code null}: until reinstated),
     * showing them the reason. Their content stays.
     *
     * @throws org.hros.shared.FieldErrorsException when the end is not in the future, the admin names themselves,
     *     or this would leave the community without an active admin
     */
    void suspend(long actorId, long memberId, String reason, Instant until);

    /**
     * Lets the member read but not post until {@code until} ({@code null}: until reinstated).
     *
     * @throws org.hros.shared.FieldErrorsException when the end is not in the future or the admin names themselves
     */
    void silence(long actorId, long memberId, String reason, Instant until);

    /** Lifts any suspension and silence. */
    void reinstate(long actorId, long memberId);

    /**
     * Lets an account that waits for approval in; the member is told by mail. Admins and editors may approve.
     *
     * @throws org.hros.shared.FieldErrorsException when the account is not waiting (decided already)
     */
    void approve(long actorId, long memberId);

    /**
     * Turns an account that waits for approval away: it may no longer log in, and the person is told by mail.
     *
     * @throws org.hros.shared.FieldErrorsException when the account is not waiting (decided already)
     */
    void decline(long actorId, long memberId);
}
