package org.hros.circle.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.hros.circle.CircleRole;
import org.hros.circle.domain.CircleViews.InvitationLanding;
import org.hros.platform.HrosProperties;
import org.hros.platform.TrustLimits;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.NotFoundException;
import org.hros.shared.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ways into a circle: a private link e-mailed to one address (used once, expires), or a shareable link a
 * facilitator creates for a number of days and may revoke. Joining counts against the size limit under the
 * circle's row lock, so concurrent joins cannot overfill it.
 */
@Service
public class CircleInvitations {

    static final Duration EMAIL_VALIDITY = Duration.ofDays(14);
    static final int MAX_LINK_DAYS = 90;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String INVITATION_NOT_FOUND = "This invitation does not exist, has expired or was used.";

    private final TrustLimits trust;
    private final CircleRepository circles;
    private final CircleMemberRepository members;
    private final CircleInvitationRepository invitations;
    private final CircleAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final int defaultLinkDays;

    CircleInvitations(
            CircleRepository circles,
            CircleMemberRepository members,
            CircleInvitationRepository invitations,
            CircleAccess access,
            ApplicationEventPublisher events,
            TrustLimits trust,
            Clock clock,
            HrosProperties hrosProperties,
            CircleProperties circleProperties) {
        this.trust = trust;
        this.circles = circles;
        this.members = members;
        this.invitations = invitations;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.baseUrl = hrosProperties.baseUrl();
        this.defaultLinkDays = circleProperties.linkDays();
    }

    /** A new member cannot invite anyone yet; taking part lifts the limit. */
    private void mayInvite(long viewerId, String field) {
        if (!trust.mayInvite(viewerId)) {
            throw new FieldErrorsException(List.of(new FieldError(field, "trust.invite.notYet")));
        }
    }

    public int defaultLinkDays() {
        return defaultLinkDays;
    }

    /** A facilitator invites an address; the private link is mailed after commit. */
    @Transactional
    public void inviteByEmail(long circleId, Long viewerId, String email) {
        access.facilitator(circleId, viewerId);
        String address = email == null ? "" : email.strip();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new FieldErrorsException(List.of(new FieldError("email", "circle.invite.email.invalid")));
        }
        mayInvite(viewerId, "email");
        Instant now = clock.instant();
        CircleInvitation invitation = invitations.save(new CircleInvitation(
                circleId, CircleInvitation.Kind.EMAIL, address, null, viewerId, now, now.plus(EMAIL_VALIDITY)));
        events.publishEvent(new InvitationRequested(invitation.id()));
    }

    /** A facilitator creates a shareable link valid for {@code days}; returns its address, shown only now. */
    @Transactional
    public String createLink(long circleId, Long viewerId, Integer days) {
        access.facilitator(circleId, viewerId);
        int validity = days == null ? defaultLinkDays : days;
        if (validity < 1 || validity > MAX_LINK_DAYS) {
            throw new FieldErrorsException(List.of(new FieldError("days", "circle.link.days.invalid")));
        }
        mayInvite(viewerId, "days");
        String secret = Secrets.newSecret();
        Instant now = clock.instant();
        invitations.save(new CircleInvitation(
                circleId,
                CircleInvitation.Kind.LINK,
                null,
                Secrets.sha256(secret),
                viewerId,
                now,
                now.plus(Duration.ofDays(validity))));
        return link(secret);
    }

    /** A facilitator revokes an open link or e-mail invitation of their circle. */
    @Transactional
    public void revoke(long circleId, Long viewerId, long invitationId) {
        access.facilitator(circleId, viewerId);
        invitations
                .findById(invitationId)
                .filter(i -> i.circleId() == circleId)
                .orElseThrow(CircleAccess::notFound)
                .revoke(clock.instant());
    }

    /** The landing page of a valid invitation: the circle's name and purpose only. */
    @Transactional(readOnly = true)
    public InvitationLanding landing(String token) {
        CircleInvitation invitation = valid(token, false);
        Circle circle = circles.findById(invitation.circleId()).orElseThrow(CircleInvitations::invitationNotFound);
        return new InvitationLanding(token, circle.name(), circle.purpose(), invitation.expiresAt());
    }

    /**
     * The signed-in member joins with a valid invitation; returns the circle's id. Joining a circle one is
     * already in changes nothing and does not use up the invitation.
     *
     * @throws FieldErrorsException with {@code circle.full} when the circle has reached its size limit
     */
    @Transactional
    public long join(String token, long memberId) {
        CircleInvitation invitation = valid(token, true);
        Circle circle = circles.findForUpdate(invitation.circleId()).orElseThrow(CircleInvitations::invitationNotFound);
        if (members.find(circle.id(), memberId).isPresent()) {
            return circle.id();
        }
        if (members.countByCircle(circle.id()) >= circle.sizeLimit()) {
            throw new FieldErrorsException(List.of(new FieldError("token", "circle.full")));
        }
        Instant now = clock.instant();
        members.save(new CircleMember(circle.id(), memberId, CircleRole.MEMBER, now));
        invitation.used(now);
        return circle.id();
    }

    String link(String secret) {
        return baseUrl + "/circles/invitations/" + secret;
    }

    private CircleInvitation valid(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw invitationNotFound();
        }
        String hash = Secrets.sha256(token);
        return (lock ? invitations.findByTokenHashForUpdate(hash) : invitations.findByTokenHash(hash))
                .filter(i -> i.valid(clock.instant()))
                .orElseThrow(CircleInvitations::invitationNotFound);
    }

    private static NotFoundException invitationNotFound() {
        return new NotFoundException(INVITATION_NOT_FOUND);
    }

    /** An e-mail invitation was saved and waits for its secret and its mail. */
    record InvitationRequested(long invitationId) {}
}
