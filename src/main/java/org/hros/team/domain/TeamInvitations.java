package org.hros.team.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.hros.platform.HrosProperties;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.NotFoundException;
import org.hros.shared.Secrets;
import org.hros.team.TeamRole;
import org.hros.team.domain.TeamViews.InvitationLanding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way into a team: a private link e-mailed to one address, used once, valid {@value #VALIDITY_DAYS} days,
 * revocable by the leads. The secret exists only in the mail; the database keeps its hash.
 */
@Service
public class TeamInvitations {

    static final int VALIDITY_DAYS = 14;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String INVITATION_NOT_FOUND = "This invitation does not exist, has expired or was used.";

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final TeamInvitationRepository invitations;
    private final TeamAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    TeamInvitations(
            TeamRepository teams,
            TeamMemberRepository members,
            TeamInvitationRepository invitations,
            TeamAccess access,
            ApplicationEventPublisher events,
            Clock clock,
            HrosProperties hrosProperties) {
        this.teams = teams;
        this.members = members;
        this.invitations = invitations;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.baseUrl = hrosProperties.baseUrl();
    }

    /** A lead invites an address; the private link is mailed after commit. Returns the invitation's id. */
    @Transactional
    public long invite(long teamId, Long viewerId, String email) {
        access.lead(teamId, viewerId);
        String address = email == null ? "" : email.strip();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new FieldErrorsException(List.of(new FieldError("email", "team.invite.email.invalid")));
        }
        Instant now = clock.instant();
        TeamInvitation invitation = invitations.save(
                new TeamInvitation(teamId, address, viewerId, now, now.plus(Duration.ofDays(VALIDITY_DAYS))));
        events.publishEvent(new TeamInvitationRequested(invitation.id()));
        return invitation.id();
    }

    /** A lead revokes an open invitation of their team. */
    @Transactional
    public void revoke(long teamId, Long viewerId, long invitationId) {
        access.lead(teamId, viewerId);
        invitations
                .findById(invitationId)
                .filter(i -> i.teamId() == teamId)
                .orElseThrow(TeamAccess::notFound)
                .revoke(clock.instant());
    }

    /** The landing page of a valid invitation: the team's name and purpose only. */
    @Transactional(readOnly = true)
    public InvitationLanding landing(String token) {
        TeamInvitation invitation = valid(token, false);
        Team team = teams.findById(invitation.teamId()).orElseThrow(TeamInvitations::invitationNotFound);
        return new InvitationLanding(token, team.name(), team.purpose(), invitation.expiresAt());
    }

    /**
     * The signed-in member joins with a valid invitation, which is used up; returns the team's id. A member who
     * is already in the team changes nothing and keeps the invitation for its addressee.
     */
    @Transactional
    public long join(String token, long memberId) {
        TeamInvitation invitation = valid(token, true);
        long teamId = invitation.teamId();
        if (members.find(teamId, memberId).isPresent()) {
            return teamId;
        }
        Instant now = clock.instant();
        members.save(new TeamMember(teamId, memberId, TeamRole.MEMBER, now));
        invitation.use(now);
        return teamId;
    }

    String link(String secret) {
        return baseUrl + "/teams/invitations/" + secret;
    }

    private TeamInvitation valid(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw invitationNotFound();
        }
        String hash = Secrets.sha256(token);
        return (lock ? invitations.findByTokenHashForUpdate(hash) : invitations.findByTokenHash(hash))
                .filter(i -> i.valid(clock.instant()))
                .orElseThrow(TeamInvitations::invitationNotFound);
    }

    private static NotFoundException invitationNotFound() {
        return new NotFoundException(INVITATION_NOT_FOUND);
    }

    /** An invitation was saved and waits for its secret and its mail. */
    record TeamInvitationRequested(long invitationId) {}
}
