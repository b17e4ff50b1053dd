package org.hros.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.hros.member.MemberAccountView;
import org.hros.member.MemberCard;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.member.MemberState;
import org.hros.member.TrustLevel;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

@Entity
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String handle;
    private String passwordHash;
    private String displayName;
    private String headline;
    private String company;
    private boolean companyPublic;
    private String bio;
    private String topics = "";
    private String skills = "";

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    private Instant emailVerifiedAt;
    private boolean sample;
    private Instant createdAt;
    private Instant suspendedAt;
    private Instant suspendedUntil;
    private String suspensionReason;
    private Instant silencedAt;
    private Instant silencedUntil;
    private String silenceReason;
    private Instant welcomedAt;
    private Instant lastVisitAt;
    private Instant previousVisitAt;
    private String timeZone;

    @Enumerated(EnumType.STRING)
    private Approval approval;

    private Instant approvalDecidedAt;

    @Enumerated(EnumType.STRING)
    private TrustLevel trustLevel = TrustLevel.NEW;

    private boolean trustLevelByHand;
    private int daysVisited;

    @Version
    @Column(nullable = false)
    private int version;

    /** Where an account that joined while sign-up needed approval stands; {@code null} once approved. */
    enum Approval {
        WAITING,
        DECLINED
    }

    protected Member() {}

    Member(String email, String handle, String passwordHash, String displayName, MemberRole role, Instant now) {
        this.email = email;
        this.handle = handle;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String handle() {
        return handle;
    }

    String displayName() {
        return displayName;
    }

    String headline() {
        return headline;
    }

    String company() {
        return company;
    }

    boolean companyPublic() {
        return companyPublic;
    }

    String bio() {
        return bio;
    }

    Set<Topic> topics() {
        return Vocabulary.parseAll(Topic.class, topics);
    }

    Set<Skill> skills() {
        return Vocabulary.parseAll(Skill.class, skills);
    }

    MemberRole role() {
        return role;
    }

    boolean verified() {
        return emailVerifiedAt != null;
    }

    Instant createdAt() {
        return createdAt;
    }

    void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    boolean welcomed() {
        return welcomedAt != null;
    }

    void finishWelcome(Instant now) {
        if (welcomedAt == null) {
            welcomedAt = now;
        }
    }

    void chooseInterests(Set<Topic> topics, Set<Skill> skills) {
        this.topics = Vocabulary.joinAll(topics);
        this.skills = Vocabulary.joinAll(skills);
    }

    /**
     * Records a visit and returns when the previous one began. Activity within {@code sameVisit} of the recorded
     * visit is part of it, and changes nothing.
     */
    Instant visit(Instant now, java.time.Duration sameVisit) {
        if (lastVisitAt == null || !now.isBefore(lastVisitAt.plus(sameVisit))) {
            if (lastVisitAt == null
                    || !lastVisitAt
                            .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                            .equals(now.truncatedTo(java.time.temporal.ChronoUnit.DAYS))) {
                daysVisited++;
            }
            previousVisitAt = lastVisitAt;
            lastVisitAt = now;
        }
        return previousVisitAt;
    }

    TrustLevel trustLevel() {
        return trustLevel;
    }

    boolean trustLevelByHand() {
        return trustLevelByHand;
    }

    int daysVisited() {
        return daysVisited;
    }

    /**
     * Raises the member to the level they earned. An earned level is never taken back by the computation, and a
     * level set by hand stays until it is set by hand again.
     */
    boolean earn(TrustLevel earned) {
        if (trustLevelByHand || earned.ordinal() <= trustLevel.ordinal()) {
            return false;
        }
        trustLevel = earned;
        return true;
    }

    void setTrustLevelByHand(TrustLevel level) {
        trustLevel = level;
        trustLevelByHand = true;
    }

    /** The member's chosen time zone id, or {@code null} for the installation's default. */
    String timeZone() {
        return timeZone;
    }

    void chooseTimeZone(String zoneId) {
        this.timeZone = zoneId;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** Whether the member can log in with a password; one who joined through a provider has none until they set one. */
    boolean hasPassword() {
        return passwordHash != null;
    }

    void promoteTo(MemberRole newRole) {
        this.role = newRole;
    }

    void markSample() {
        this.sample = true;
    }

    boolean sample() {
        return sample;
    }

    void updateProfile(
            String displayName,
            String headline,
            String company,
            boolean companyPublic,
            String bio,
            Set<Topic> topics,
            Set<Skill> skills) {
        this.displayName = displayName;
        this.headline = headline;
        this.company = company;
        this.companyPublic = companyPublic;
        this.bio = bio;
        this.topics = Vocabulary.joinAll(topics);
        this.skills = Vocabulary.joinAll(skills);
    }

    /** Suspended now: since an admin said so, and until the end they set (or until reinstated). */
    boolean suspended(Instant now) {
        return suspendedAt != null && (suspendedUntil == null || now.isBefore(suspendedUntil));
    }

    boolean silenced(Instant now) {
        return silencedAt != null && (silencedUntil == null || now.isBefore(silencedUntil));
    }

    /**
     * Whether a standing begun at {@code since} and ending at {@code until} (never, when {@code null}) holds
     * {@code now}: what {@link #silenced} and {@link #suspended} ask of their columns, for reads without the entity.
     */
    static boolean inForce(java.sql.Timestamp since, java.sql.Timestamp until, Instant now) {
        return since != null && (until == null || now.isBefore(until.toInstant()));
    }

    Instant suspendedUntil() {
        return suspendedUntil;
    }

    String suspensionReason() {
        return suspensionReason;
    }

    Instant silencedUntil() {
        return silencedUntil;
    }

    String silenceReason() {
        return silenceReason;
    }

    void suspend(String reason, Instant until, Instant now) {
        this.suspendedAt = now;
        this.suspendedUntil = until;
        this.suspensionReason = reason;
    }

    void silence(String reason, Instant until, Instant now) {
        this.silencedAt = now;
        this.silencedUntil = until;
        this.silenceReason = reason;
    }

    /** Lifts a suspension and a silence; the reasons go with them. */
    void reinstate() {
        this.suspendedAt = null;
        this.suspendedUntil = null;
        this.suspensionReason = null;
        this.silencedAt = null;
        this.silencedUntil = null;
        this.silenceReason = null;
    }

    /** Whether the account waits for an admin's or editor's approval. */
    boolean waiting() {
        return approval == Approval.WAITING;
    }

    boolean approved() {
        return approval == null;
    }

    boolean declined() {
        return approval == Approval.DECLINED;
    }

    void awaitApproval() {
        this.approval = Approval.WAITING;
    }

    void approve(Instant now) {
        this.approval = null;
        this.approvalDecidedAt = now;
    }

    void decline(Instant now) {
        this.approval = Approval.DECLINED;
        this.approvalDecidedAt = now;
    }

    MemberState state(Instant now) {
        if (suspended(now)) {
            return MemberState.SUSPENDED;
        }
        if (declined()) {
            return MemberState.DECLINED;
        }
        if (waiting()) {
            return MemberState.WAITING;
        }
        if (!verified()) {
            return MemberState.UNVERIFIED;
        }
        return silenced(now) ? MemberState.SILENCED : MemberState.ACTIVE;
    }

    MemberAccountView account(Instant now) {
        return new MemberAccountView(
                id,
                handle,
                displayName,
                email,
                role,
                state(now),
                createdAt,
                suspended(now),
                suspendedUntil,
                suspended(now) ? suspensionReason : null,
                silenced(now),
                silencedUntil,
                silenced(now) ? silenceReason : null);
    }

    MemberCard card() {
        return new MemberCard(id, handle, displayName, headline);
    }

    MemberPrincipal principal(Instant now) {
        // A declined account is refused at log-in like a suspended one; the log-in page says which.
        return new MemberPrincipal(
                id, email, handle, displayName, role, verified(), suspended(now) || declined(), passwordHash);
    }
}
