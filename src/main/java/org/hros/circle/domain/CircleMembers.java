package org.hros.circle.domain;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.circle.CircleMemberships;
import org.hros.circle.CircleMemberships.CircleLabel;
import org.hros.circle.domain.CircleAccess.Inside;
import org.hros.circle.domain.CircleViews.MemberLine;
import org.hros.circle.domain.CircleViews.MembersPage;
import org.hros.circle.domain.CircleViews.OpenInvitation;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.member.MentionPrefix;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a circle and who runs it: the member list, settings, removing and promoting members, leaving. A
 * circle always keeps a facilitator: the last one hands over before leaving, unless nobody else is left, in
 * which case the circle and everything in it is deleted.
 */
@Service
public class CircleMembers implements CircleMemberships {

    /** What {@link #leave} did. */
    public enum Departure {
        LEFT,
        CIRCLE_DELETED
    }

    private final CircleRepository circles;
    private final CircleMemberRepository members;
    private final CircleInvitationRepository invitations;
    private final CircleAccess access;
    private final MemberDirectory directory;
    private final Clock clock;

    CircleMembers(
            CircleRepository circles,
            CircleMemberRepository members,
            CircleInvitationRepository invitations,
            CircleAccess access,
            MemberDirectory directory,
            Clock clock) {
        this.circles = circles;
        this.members = members;
        this.invitations = invitations;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Members of this circle to suggest while one of them types an @mention: nobody from outside it. A viewer who is
     * not a member gets the 404 of a circle that does not exist, also when nothing was typed yet ({@code prefix}
     * {@code null}).
     */
    @Transactional(readOnly = true)
    public List<MemberCard> mentionable(long circleId, Long viewerId, MentionPrefix prefix) {
        access.member(circleId, viewerId);
        if (prefix == null) {
            return List.of();
        }
        List<Long> ids = members.findByCircle(circleId).stream()
                .map(CircleMember::memberId)
                .toList();
        return directory.mentionable(prefix, ids);
    }

    @Transactional(readOnly = true)
    public MembersPage members(long circleId, Long viewerId) {
        Inside inside = access.member(circleId, viewerId);
        Circle circle = inside.circle();
        List<CircleMember> all = members.findByCircle(circleId);
        Map<Long, MemberCard> cards =
                directory.cards(all.stream().map(CircleMember::memberId).toList());
        List<MemberLine> lines = all.stream()
                .filter(m -> cards.containsKey(m.memberId()))
                .map(m -> new MemberLine(
                        m.memberId(),
                        cards.get(m.memberId()).displayName(),
                        cards.get(m.memberId()).handle(),
                        m.role(),
                        m.joinedAt()))
                .toList();
        List<OpenInvitation> open = inside.me().facilitates()
                ? invitations.findOpen(circleId, clock.instant()).stream()
                        .map(i -> new OpenInvitation(
                                i.id(),
                                i.kind() == CircleInvitation.Kind.LINK,
                                i.email(),
                                i.createdAt(),
                                i.expiresAt()))
                        .toList()
                : List.of();
        return new MembersPage(
                circle.id(),
                circle.name(),
                circle.sizeLimit(),
                circle.chathamHouse(),
                circle.noteRetentionDays(),
                circle.purpose(),
                inside.me().role(),
                viewerId,
                lines,
                open);
    }

    /** A facilitator changes the circle's name, purpose, size limit, Chatham House rule or note expiry. */
    @Transactional
    public void changeSettings(long circleId, Long viewerId, CircleCommand command) {
        access.facilitator(circleId, viewerId);
        Circle circle = circles.findForUpdate(circleId).orElseThrow(CircleAccess::notFound);
        CircleCommand c = CircleService.validate(command, members.countByCircle(circleId));
        circle.change(c.name(), c.purpose(), c.sizeLimit(), c.chathamHouse(), c.noteRetentionDays());
    }

    /** A facilitator removes a member; from then on the circle answers them 404 like any outsider. */
    @Transactional
    public void remove(long circleId, Long viewerId, long memberId) {
        access.facilitator(circleId, viewerId);
        if (memberId == viewerId) {
            throw new ConflictException("Leave the circle instead of removing yourself.");
        }
        CircleMember target = members.find(circleId, memberId).orElseThrow(CircleAccess::notFound);
        members.delete(target);
    }

    /** A facilitator makes another member a facilitator too. */
    @Transactional
    public void promote(long circleId, Long viewerId, long memberId) {
        access.facilitator(circleId, viewerId);
        members.find(circleId, memberId).orElseThrow(CircleAccess::notFound).promote();
    }

    /**
     * The viewer leaves the circle. The last facilitator may not leave while others remain.
     *
     * @throws FieldErrorsException with {@code circle.leave.handOver} when they must promote someone first
     */
    @Transactional
    public Departure leave(long circleId, Long viewerId) {
        Inside inside = access.member(circleId, viewerId);
        // Locked so that two facilitators leaving at once cannot both be "not the last one".
        Circle circle = circles.findForUpdate(circleId).orElseThrow(CircleAccess::notFound);
        long everyone = members.countByCircle(circleId);
        if (everyone == 1) {
            circles.delete(circle);
            return Departure.CIRCLE_DELETED;
        }
        if (inside.me().facilitates() && members.countFacilitators(circleId) == 1) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError("memberId", "circle.leave.handOver")));
        }
        members.delete(inside.me());
        return Departure.LEFT;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean shareACircle(long memberId, long otherMemberId) {
        return memberId == otherMemberId || members.shareACircle(memberId, otherMemberId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> circleMatesOf(long memberId) {
        return new HashSet<>(members.findCircleMates(memberId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CircleLabel> circlesOf(long memberId) {
        List<Long> ids = members.findByMember(memberId).stream()
                .map(CircleMember::circleId)
                .toList();
        return ids.isEmpty()
                ? List.of()
                : circles.findAllByIdOrdered(ids).stream()
                        .map(c -> new CircleLabel(c.id(), c.name(), c.chathamHouse()))
                        .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(long circleId, long memberId) {
        return members.find(circleId, memberId).isPresent();
    }
}
