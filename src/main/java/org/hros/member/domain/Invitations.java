package org.hros.member.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hros.member.InvitationChanged;
import org.hros.member.InvitationStatus;
import org.hros.member.InvitationView;
import org.hros.member.MemberCard;
import org.hros.platform.RateLimits;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.hros.shared.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to join: admins and editors send them by e-mail (a private link, one use, valid fourteen days), see
 * them listed and revoke them. The link's secret is made when the mail is sent ({@link JoinInvitationMails}) and only
 * its hash is kept.
 */
@Service
public class Invitations {

    public static final int PAGE_SIZE = 25;

    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            MemberRepository members,
            RateLimits limits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invitations = invitations;
        this.members = members;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites {@code email}: the mail goes out after commit. The web layer lets only admins and editors call this.
     *
     * @throws FieldErrorsException when the address has an account already or a pending invitation
     * @throws org.hros.platform.RateLimitExceededException when the inviter sent their allowance for the day
     */
    @Transactional
    public long invite(long inviterId, String email) {
        String address = MemberService.normalise(email);
        Instant now = clock.instant();
        if (members.existsByEmail(address)) {
            throw refused("email", "invitation.email.member");
        }
        if (invitations.existsPendingFor(address, now)) {
            throw refused("email", "invitation.email.pending");
        }
        limits.consume(RateLimits.Action.INVITE, "member:" + inviterId);
        Invitation invitation = invitations.save(new Invitation(address, inviterId, now));
        events.publishEvent(new InvitationChanged(invitation.id(), inviterId, InvitationChanged.Change.SENT, address));
        events.publishEvent(new MemberEvents.InvitationMailRequested(invitation.id()));
        return invitation.id();
    }

    /**
     * Withdraws a pending invitation: its link shows that it was revoked.
     *
     * @throws FieldErrorsException when it was used, had expired or was revoked already
     */
    @Transactional
    public void revoke(long actorId, long invitationId) {
        Invitation invitation =
                invitations.findById(invitationId).orElseThrow(() -> new NotFoundException("No such invitation"));
        if (invitation.status(clock.instant()) != InvitationStatus.PENDING) {
            throw refused("invitation", "invitation.revoke.notPending");
        }
        invitation.revoke(clock.instant());
        events.publishEvent(
                new InvitationChanged(invitationId, actorId, InvitationChanged.Change.REVOKED, invitation.email()));
    }

    /** Every invitation, newest first, with where it stands now. */
    @Transactional(readOnly = true)
    public PageView<InvitationView> list(int page) {
        int number = PageView.normalise(page);
        Page<Invitation> found = invitations.findNewest(PageRequest.of(number - 1, PAGE_SIZE));
        Map<Long, MemberCard> inviters =
                cards(found.stream().map(Invitation::invitedBy).distinct().toList());
        Instant now = clock.instant();
        List<InvitationView> items = found.stream()
                .map(i -> new InvitationView(
                        i.id(),
                        i.email(),
                        Optional.ofNullable(inviters.get(i.invitedBy()))
                                .map(MemberCard::displayName)
                                .orElse(""),
                        i.createdAt(),
                        i.expiresAt(),
                        i.usedAt(),
                        i.status(now)))
                .toList();
        return new PageView<>(items, number, PAGE_SIZE, found.getTotalElements());
    }

    /**
     * What a link from an invitation mail leads to: its status and the address invited; empty for a link that was
     * never an invitation's (or was replaced by a newer mail).
     */
    @Transactional(readOnly = true)
    public Optional<LinkCheck> check(String secret) {
        return find(secret).map(i -> new LinkCheck(i.status(clock.instant()), i.email()));
    }

    /** Where the invitation behind a link stands, and whom it was for. */
    public record LinkCheck(InvitationStatus status, String email) {

        public boolean usable() {
            return status == InvitationStatus.PENDING;
        }
    }

    /** The pending invitation behind a link, locked for the sign-up that uses it; empty when it cannot be used. */
    Optional<Invitation> usable(String secret) {
        if (!wellFormed(secret)) {
            return Optional.empty();
        }
        return invitations
                .lockByTokenHash(Secrets.sha256(secret))
                .filter(i -> i.status(clock.instant()) == InvitationStatus.PENDING);
    }

    private Optional<Invitation> find(String secret) {
        return wellFormed(secret) ? invitations.findByTokenHash(Secrets.sha256(secret)) : Optional.empty();
    }

    private static boolean wellFormed(String secret) {
        return secret != null && !secret.isBlank() && secret.length() <= 100;
    }

    private Map<Long, MemberCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return members.findCardsByIdIn(ids).stream().collect(java.util.stream.Collectors.toMap(MemberCard::id, c -> c));
    }

    private static FieldErrorsException refused(String field, String code) {
        return new FieldErrorsException(List.of(new FieldErrorsException.FieldError(field, code)));
    }
}
