package org.hros.member.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hros.member.MemberAccountView;
import org.hros.member.MemberAdministration;
import org.hros.member.MemberQuery;
import org.hros.member.MemberRole;
import org.hros.member.MemberStandingChanged;
import org.hros.member.MemberStandingChanged.Change;
import org.hros.platform.PostingPermissions;
import org.hros.platform.Sessions;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The admins' side of members: the directory, roles, suspensions and silences. The community always keeps at least
 * one admin who may log in.
 */
@Service
public class MemberAdministrationService implements MemberAdministration, PostingPermissions {

    static final int MAX_REASON = 500;

    private final MemberRepository members;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;

    MemberAdministrationService(
            MemberRepository members,
            Sessions sessions,
            ApplicationEventPublisher events,
            Clock clock,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.members = members;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<MemberAccountView> search(MemberQuery query) {
        Instant now = clock.instant();
        int page = PageView.normalise(query.page());
        Page<Member> found = members.findAll(
                matching(query, now),
                PageRequest.of(page - 1, PAGE_SIZE, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        return new PageView<>(
                found.stream().map(m -> m.account(now)).toList(), page, PAGE_SIZE, found.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberAccountView> account(long memberId) {
        return members.findById(memberId).map(m -> m.account(clock.instant()));
    }

    @Override
    @Transactional
    public void changeRole(long actorId, long memberId, MemberRole role) {
        List<Member> admins = members.lockAdmins();
        Member member = member(memberId);
        MemberRole before = member.role();
        if (before == role) {
            return;
        }
        if (before == MemberRole.ADMIN && activeAdminsBesides(admins, memberId) == 0) {
            throw refused("role", "admin.member.lastAdmin");
        }
        member.promoteTo(role);
        sessions.endAll(member.email());
        Change change = role.ordinal() > before.ordinal() ? Change.ROLE_GRANTED : Change.ROLE_REVOKED;
        events.publishEvent(new MemberStandingChanged(memberId, actorId, change, role, null, null));
    }

    @Override
    @Transactional
    public void suspend(long actorId, long memberId, String reason, Instant until) {
        List<Member> admins = members.lockAdmins();
        Member member = member(memberId);
        check(actorId, memberId, until);
        if (member.role() == MemberRole.ADMIN && activeAdminsBesides(admins, memberId) == 0) {
            throw refused("reason", "admin.member.lastAdmin");
        }
        member.suspend(clean(reason), until, clock.instant());
        sessions.endAll(member.email());
        events.publishEvent(new MemberStandingChanged(
                memberId, actorId, Change.SUSPENDED, member.role(), member.suspensionReason(), until));
    }

    @Override
    @Transactional
    public void silence(long actorId, long memberId, String reason, Instant until) {
        Member member = member(memberId);
        check(actorId, memberId, until);
        member.silence(clean(reason), until, clock.instant());
        events.publishEvent(new MemberStandingChanged(
                memberId, actorId, Change.SILENCED, member.role(), member.silenceReason(), until));
    }

    @Override
    @Transactional
    public void reinstate(long actorId, long memberId) {
        Member member = member(memberId);
        member.reinstate();
        events.publishEvent(new MemberStandingChanged(memberId, actorId, Change.REINSTATED, member.role(), null, null));
    }

    @Override
    @Transactional
    public void approve(long actorId, long memberId) {
        Member member = waitingMember(memberId);
        member.approve(clock.instant());
        events.publishEvent(new MemberStandingChanged(memberId, actorId, Change.APPROVED, member.role(), null, null));
    }

    @Override
    @Transactional
    public void decline(long actorId, long memberId) {
        Member member = waitingMember(memberId);
        member.decline(clock.instant());
        // A declined account may not log in: any session it has ends now.
        sessions.endAll(member.email());
        events.publishEvent(new MemberStandingChanged(memberId, actorId, Change.DECLINED, member.role(), null, null));
    }

    private Member waitingMember(long memberId) {
        Member member = member(memberId);
        if (!member.waiting()) {
            throw refused("approval", "admin.member.notWaiting");
        }
        return member;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean awaitingApproval(long memberId) {
        return members.findById(memberId).map(Member::waiting).orElse(false);
    }

    /** Whether the address belongs to an account an admin or editor declined, for the log-in page. */
    @Transactional(readOnly = true)
    public boolean declined(String email) {
        return members.findByEmail(MemberService.normalise(email))
                .map(Member::declined)
                .orElse(false);
    }

    /**
     * Asked by every page with a form to post, so read with one plain statement in no transaction of its own; inside a
     * transaction, from the member as that transaction sees them.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean mayPost(long memberId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            Instant now = clock.instant();
            return jdbc.sql("select suspended_at, suspended_until, silenced_at, silenced_until, approval from member"
                            + " where id = ?")
                    .param(memberId)
                    .query((rs, i) -> !Member.inForce(rs.getTimestamp(3), rs.getTimestamp(4), now)
                            && !Member.inForce(rs.getTimestamp(1), rs.getTimestamp(2), now)
                            && rs.getString(5) == null)
                    .optional()
                    // An unknown member is not silenced; whatever they try fails on its own terms.
                    .orElse(true);
        }
        return members.findById(memberId)
                .map(m -> !m.silenced(clock.instant()) && !m.suspended(clock.instant()) && m.approved())
                // An unknown member is not silenced; whatever they try fails on its own terms.
                .orElse(true);
    }

    /** Why a log-in was refused, for the log-in page; empty unless the member is suspended now. */
    @Transactional(readOnly = true)
    public Optional<SuspensionNotice> suspension(String email) {
        Instant now = clock.instant();
        return members.findByEmail(MemberService.normalise(email))
                .filter(m -> m.suspended(now))
                .map(m -> new SuspensionNotice(m.suspensionReason(), m.suspendedUntil()));
    }

    private void check(long actorId, long memberId, Instant until) {
        if (actorId == memberId) {
            throw refused("reason", "admin.member.notYourself");
        }
        if (until != null && !until.isAfter(clock.instant())) {
            throw refused("until", "admin.member.until.past");
        }
    }

    private long activeAdminsBesides(List<Member> admins, long memberId) {
        Instant now = clock.instant();
        return admins.stream()
                .filter(a -> a.id() != memberId && a.verified() && !a.suspended(now))
                .count();
    }

    private Member member(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new NotFoundException("No such member"));
    }

    private static String clean(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        return stripped.length() > MAX_REASON ? stripped.substring(0, MAX_REASON) : stripped;
    }

    private static FieldErrorsException refused(String field, String code) {
        return new FieldErrorsException(List.of(new FieldErrorsException.FieldError(field, code)));
    }

    private static Specification<Member> matching(MemberQuery query, Instant now) {
        return (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                String like =
                        "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("displayName")), like, '\\'),
                        cb.like(cb.lower(root.get("handle")), like, '\\'),
                        cb.like(cb.lower(root.get("email")), like, '\\')));
            }
            if (query.role() != null) {
                where.add(cb.equal(root.get("role"), query.role()));
            }
            if (query.state() != null) {
                Predicate suspended = cb.and(
                        cb.isNotNull(root.get("suspendedAt")),
                        cb.or(
                                cb.isNull(root.get("suspendedUntil")),
                                cb.greaterThan(root.<Instant>get("suspendedUntil"), now)));
                Predicate silenced = cb.and(
                        cb.isNotNull(root.get("silencedAt")),
                        cb.or(
                                cb.isNull(root.get("silencedUntil")),
                                cb.greaterThan(root.<Instant>get("silencedUntil"), now)));
                Predicate verified = cb.isNotNull(root.get("emailVerifiedAt"));
                Predicate waiting = cb.equal(root.get("approval"), Member.Approval.WAITING);
                Predicate declined = cb.equal(root.get("approval"), Member.Approval.DECLINED);
                Predicate approved = cb.isNull(root.get("approval"));
                where.add(
                        switch (query.state()) {
                            case SUSPENDED -> suspended;
                            case DECLINED -> cb.and(declined, cb.not(suspended));
                            case WAITING -> cb.and(waiting, cb.not(suspended));
                            case UNVERIFIED -> cb.and(cb.not(verified), cb.not(suspended), approved);
                            case SILENCED -> cb.and(silenced, verified, cb.not(suspended), approved);
                            case ACTIVE -> cb.and(verified, cb.not(suspended), cb.not(silenced), approved);
                        });
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Why a suspended member may not log in, and until when ({@code null}: until reinstated). */
    public record SuspensionNotice(String reason, Instant until) {}
}
