package org.hros.member.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hros.member.MemberCard;
import org.hros.member.MemberRole;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    Optional<Member> findByEmail(String email);

    Optional<Member> findByHandle(String handle);

    boolean existsByHandle(String handle);

    boolean existsByEmail(String email);

    /** Companies members show on their profiles; a company kept private is never used to flag anyone's text. */
    @Query("select distinct trim(m.company) from Member m"
            + " where m.companyPublic = true and m.company is not null and trim(m.company) <> ''")
    List<String> findDistinctPublicCompanies();

    /** The public cards of these members, without loading them: on every search result page. */
    @Query("select new org.hros.member.MemberCard(m.id, m.handle, m.displayName, m.headline) from Member m"
            + " where m.id in :ids")
    List<MemberCard> findCardsByIdIn(Collection<Long> ids);

    /**
     * Verified members not suspended at {@code now} whose handle or a word of whose name starts with a prefix
     * ({@code prefix} and {@code wordPrefix} are {@code like} patterns, lower-case, escaped with {@code !}).
     */
    @Query("select new org.hros.member.MemberCard(m.id, m.handle, m.displayName, m.headline) from Member m"
            + " where m.emailVerifiedAt is not null"
            + " and (m.suspendedAt is null or (m.suspendedUntil is not null and m.suspendedUntil <= :now))"
            + " and (lower(m.handle) like :prefix escape '!' or lower(m.displayName) like :prefix escape '!'"
            + " or lower(m.displayName) like :wordPrefix escape '!')"
            + " order by m.handle")
    List<MemberCard> findMentionable(String prefix, String wordPrefix, Instant now, Pageable page);

    /** As {@link #findMentionable}, among these members only. */
    @Query("select new org.hros.member.MemberCard(m.id, m.handle, m.displayName, m.headline) from Member m"
            + " where m.id in :among and m.emailVerifiedAt is not null"
            + " and (m.suspendedAt is null or (m.suspendedUntil is not null and m.suspendedUntil <= :now))"
            + " and (lower(m.handle) like :prefix escape '!' or lower(m.displayName) like :prefix escape '!'"
            + " or lower(m.displayName) like :wordPrefix escape '!')"
            + " order by m.handle")
    List<MemberCard> findMentionableAmong(
            String prefix, String wordPrefix, Collection<Long> among, Instant now, Pageable page);

    /** Verified members with one of the roles who are not suspended at {@code now}: those who act on them. */
    @Query("select m.id from Member m where m.role in :roles and m.emailVerifiedAt is not null"
            + " and (m.suspendedAt is null or (m.suspendedUntil is not null and m.suspendedUntil <= :now))")
    List<Long> findActiveVerifiedIdsByRoleIn(Collection<MemberRole> roles, Instant now);

    /** Id, topics and skills of every verified member not suspended at {@code now}, without loading them. */
    @Query("select m.id, m.topics, m.skills from Member m where m.emailVerifiedAt is not null"
            + " and (m.suspendedAt is null or (m.suspendedUntil is not null and m.suspendedUntil <= :now))")
    List<Object[]> findActiveVerifiedInterests(Instant now);

    /**
     * Every admin, locked for the rest of the transaction: two admins demoting or suspending each other at the same
     * moment are taken one after the other, so the community is never left without one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Member m where m.role = org.hros.member.MemberRole.ADMIN order by m.id")
    List<Member> lockAdmins();

    /** One member, locked for the rest of the transaction. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Member m where m.id = :id")
    Optional<Member> findForUpdate(long id);

    /** Members whose level the computation decides (not set by hand), in id order. */
    @Query("select m.id from Member m where m.trustLevelByHand = false order by m.id")
    List<Long> findEarningTrust();
}
