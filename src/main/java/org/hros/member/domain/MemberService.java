package org.hros.member.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hros.member.AccountAwaitingApproval;
import org.hros.member.InvitationAccepted;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberIdentity;
import org.hros.member.MemberOnboarding;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.member.MentionPrefix;
import org.hros.member.ProfileChanged;
import org.hros.member.PublicProfile;
import org.hros.member.SignUpMode;
import org.hros.member.SignUpPolicy;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.shared.Secrets;
import org.hros.shared.Slugs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and profiles: sign-up, verification, password reset, and the profile a member edits. */
@Service
public class MemberService implements MemberDirectory, MemberOnboarding {

    private final MemberRepository members;
    private final MemberTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Invitations invitations;
    private final ObjectProvider<SignUpPolicy> signUpPolicy;
    private final MemberCardQueries cards;

    MemberService(
            MemberRepository members,
            MemberTokenRepository tokens,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            Invitations invitations,
            ObjectProvider<SignUpPolicy> signUpPolicy,
            MemberCardQueries cards) {
        this.cards = cards;
        this.invitations = invitations;
        this.signUpPolicy = signUpPolicy;
        this.members = members;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates an unverified member and asks for the verification mail. An address that already has an account
     * gets a mail saying so instead, and the caller answers exactly as for a new one, so that the form tells
     * nobody who is a member.
     *
     * <p>The sign-up mode in force decides the rest. With an invitation (required while the community admits only
     * invited people) the invitation is used up and its sender told; when the address is the one invited, the link
     * from the mail proved it, so the member is verified and may be signed in at once. While sign-up needs
     * approval, an account without an invitation waits for an admin or editor.
     *
     * @param invitationSecret the secret from an invitation link, or {@code null}
     * @throws FieldErrorsException when the password is common, or made of the site's name or the address
     * @throws InvitationRequiredException when only invited people may join and the invitation is missing or unusable
     */
    @Transactional
    public SignUpResult signUp(SignUpCommand command, String invitationSecret) {
        policy.check(command.password(), command.email());
        SignUpMode mode = signUpMode();
        Optional<Invitation> invitation = invitations.usable(invitationSecret);
        if (mode == SignUpMode.INVITATION && invitation.isEmpty()) {
            throw new InvitationRequiredException();
        }
        Optional<Member> existing = members.findByEmail(normalise(command.email()));
        if (existing.isPresent()) {
            events.publishEvent(
                    new MemberEvents.SignUpWithTakenAddress(existing.get().id()));
            return SignUpResult.checkInbox();
        }
        boolean invitedAddress = invitation
                .map(i -> i.email().equals(normalise(command.email())))
                .orElse(false);
        Member member = register(command, MemberRole.MEMBER, invitedAddress);
        if (mode == SignUpMode.APPROVAL && invitation.isEmpty()) {
            member.awaitApproval();
            events.publishEvent(new AccountAwaitingApproval(member.id(), member.displayName()));
        }
        invitation.ifPresent(i -> {
            i.use(member.id(), clock.instant());
            events.publishEvent(new InvitationAccepted(i.id(), i.invitedBy(), member.id(), member.displayName()));
        });
        return invitedAddress ? new SignUpResult(member.principal(clock.instant())) : SignUpResult.checkInbox();
    }

    /** The sign-up mode in force: open unless the site's settings say otherwise. */
    @Transactional(readOnly = true)
    public SignUpMode signUpMode() {
        SignUpPolicy found = signUpPolicy.getIfAvailable();
        return found == null ? SignUpMode.OPEN : found.signUpMode();
    }

    /**
     * What a sign-up led to.
     *
     * @param signedIn the new member to sign in now (they joined through their own invitation), or {@code null}
     *     when a verification mail (or a mail about their existing account) is on its way
     */
    public record SignUpResult(MemberPrincipal signedIn) {

        static SignUpResult checkInbox() {
            return new SignUpResult(null);
        }
    }

    /** Creates a member whose address is known to be theirs (the first admin, demo members). */
    @Transactional
    public long registerVerified(SignUpCommand command, MemberRole role, boolean sample) {
        Member member = register(command, role, true);
        if (sample) {
            member.markSample();
            // Sample members stand for an established community: they post as members, not as newcomers.
            member.earn(org.hros.member.TrustLevel.MEMBER);
        }
        return member.id();
    }

    private Member register(SignUpCommand command, MemberRole role, boolean verified) {
        String email = normalise(command.email());
        if (members.existsByEmail(email)) {
            throw new FieldErrorsException(
                    java.util.List.of(new FieldErrorsException.FieldError("email", "signup.email.taken")));
        }
        Member member = new Member(
                email,
                uniqueHandle(command.displayName()),
                passwords.encode(command.password()),
                command.displayName().strip(),
                role,
                clock.instant());
        if (verified) {
            member.verifyEmail(clock.instant());
        }
        members.save(member);
        if (!verified) {
            events.publishEvent(new MemberEvents.VerificationRequested(member.id()));
        }
        return member;
    }

    /**
     * Creates a member for a person their company's provider vouched for: the address is verified (the provider said
     * so) and there is no password. Returns the new member, not yet flushed.
     */
    Member joinThroughProvider(String email, String displayName) {
        Member member = new Member(
                normalise(email), uniqueHandle(displayName), null, displayName, MemberRole.MEMBER, clock.instant());
        member.verifyEmail(clock.instant());
        return members.save(member);
    }

    /**
     * Marks the address behind a verification link as verified and uses the link up; empty when the link is
     * unknown, used or expired. The answer is the member, to sign them in: the link reached their inbox, which is
     * proof enough, in whichever browser they open it.
     */
    @Transactional
    public Optional<VerifiedMember> verifyEmail(String secret) {
        return usableToken(secret, MemberToken.Purpose.VERIFY_EMAIL).flatMap(token -> {
            token.use(clock.instant());
            return members.findById(token.memberId()).map(m -> {
                m.verifyEmail(clock.instant());
                return new VerifiedMember(m.principal(clock.instant()), m.welcomed(), m.waiting());
            });
        });
    }

    /**
     * A member whose address a link just verified, whether they have had their welcome, and whether their account
     * still waits for approval.
     */
    public record VerifiedMember(MemberPrincipal principal, boolean welcomed, boolean waiting) {}

    @Override
    @Transactional
    public long registerSample(
            String email, String displayName, String password, MemberRole role, String headline, String company) {
        // A demo load that was stopped half-way by an earlier version left its sample members behind: they are
        // taken as they are, so the load can run again. A real member's address is never taken over.
        Optional<Member> existing = members.findByEmail(normalise(email)).filter(Member::sample);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        Member member = register(new SignUpCommand(email, displayName, password), role, true);
        member.markSample();
        // Sample members stand for an established community: they post as members, not as newcomers.
        member.earn(org.hros.member.TrustLevel.MEMBER);
        member.updateProfile(
                member.displayName(), headline, company, false, null, java.util.Set.of(), java.util.Set.of());
        return member.id();
    }

    /** Sends a new verification link if the address belongs to an unverified member; silent otherwise. */
    @Transactional
    public void resendVerification(String email) {
        members.findByEmail(normalise(email))
                .filter(m -> !m.verified())
                .ifPresent(m -> events.publishEvent(new MemberEvents.VerificationRequested(m.id())));
    }

    /** Sends a reset link if the address is registered; says nothing either way, to reveal no members. */
    @Transactional
    public void requestPasswordReset(String email) {
        members.findByEmail(normalise(email))
                .ifPresent(m -> events.publishEvent(new MemberEvents.PasswordResetRequested(m.id())));
    }

    /** Whether a verification link can still be used (known, unused, not expired). */
    @Transactional(readOnly = true)
    public boolean isVerificationLinkValid(String secret) {
        return usableToken(secret, MemberToken.Purpose.VERIFY_EMAIL).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean isResetLinkValid(String secret) {
        return usableToken(secret, MemberToken.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets a new password from a reset link; false when the link is unknown, used or expired.
     *
     * @throws FieldErrorsException when the password is common, or made of the site's name or the address
     */
    @Transactional
    public boolean resetPassword(String secret, String newPassword) {
        return usableToken(secret, MemberToken.Purpose.RESET_PASSWORD)
                .map(token -> {
                    Member member = members.findById(token.memberId()).orElseThrow();
                    policy.check(newPassword, member.email());
                    token.use(clock.instant());
                    member.changePassword(passwords.encode(newPassword));
                    // The link reached their inbox, so the address is theirs.
                    member.verifyEmail(clock.instant());
                    return true;
                })
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public OwnProfileView ownProfile(long memberId) {
        Member m = members.findById(memberId).orElseThrow(() -> new NotFoundException("No such member"));
        return new OwnProfileView(
                m.id(),
                m.email(),
                m.handle(),
                m.displayName(),
                m.headline(),
                m.company(),
                m.companyPublic(),
                m.bio(),
                m.topics(),
                m.skills());
    }

    @Transactional
    public void updateProfile(long memberId, ProfileCommand command) {
        Member m = members.findById(memberId).orElseThrow(() -> new NotFoundException("No such member"));
        FollowedWords.check(m, command.topics(), command.skills());
        m.updateProfile(
                command.displayName().strip(),
                blankToNull(command.headline()),
                blankToNull(command.company()),
                command.companyPublic(),
                blankToNull(command.bio()),
                command.topics(),
                command.skills());
        events.publishEvent(new ProfileChanged(memberId));
    }

    /** Gives a member a role; used for the first admin from configuration and by admins. */
    @Transactional
    public void grantRole(String email, MemberRole role) {
        members.findByEmail(normalise(email))
                .orElseThrow(() -> new NotFoundException("No such member"))
                .promoteTo(role);
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return members.existsByEmail(normalise(email));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberCard> find(long memberId) {
        return members.findById(memberId).map(Member::card);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicProfile> publicProfile(String handle) {
        return members.findByHandle(handle)
                .filter(Member::verified)
                .map(m -> new PublicProfile(
                        m.card(),
                        m.companyPublic() ? m.company() : null,
                        m.bio(),
                        m.topics(),
                        m.skills(),
                        m.createdAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberCard> mentionable(MentionPrefix prefix, Collection<Long> among) {
        String escaped = prefix.value().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        PageRequest page = PageRequest.of(0, MentionPrefix.MAX_SUGGESTIONS);
        if (among == null) {
            return members.findMentionable(escaped + "%", "% " + escaped + "%", clock.instant(), page);
        }
        if (among.isEmpty()) {
            return List.of();
        }
        return members.findMentionableAmong(escaped + "%", "% " + escaped + "%", among, clock.instant(), page);
    }

    /** One statement, outside a transaction of its own: every page listing people asks for these. */
    @Override
    public Map<Long, MemberCard> cards(Collection<Long> memberIds) {
        return cards.cards(memberIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> contactAddress(long memberId) {
        return members.findById(memberId).map(Member::email);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberIdentity> identity(long memberId) {
        return members.findById(memberId)
                .map(m -> new MemberIdentity(m.displayName(), m.handle(), m.email(), m.company(), m.headline()));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> companies() {
        return Set.copyOf(members.findDistinctPublicCompanies());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> editorIds() {
        return Set.copyOf(
                members.findActiveVerifiedIdsByRoleIn(Set.of(MemberRole.EDITOR, MemberRole.ADMIN), clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> adminIds() {
        return Set.copyOf(members.findActiveVerifiedIdsByRoleIn(Set.of(MemberRole.ADMIN), clock.instant()));
    }

    private Optional<MemberToken> usableToken(String secret, MemberToken.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.sha256(secret)).filter(t -> t.usableFor(purpose, clock.instant()));
    }

    private String uniqueHandle(String displayName) {
        String base = Slugs.slugify(displayName);
        base = base.length() > 30 ? base.substring(0, 30) : base;
        String handle = base;
        for (int n = 2; members.existsByHandle(handle); n++) {
            if (n > 10_000) {
                throw new ConflictException("No free handle");
            }
            handle = base + "-" + n;
        }
        return handle;
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
