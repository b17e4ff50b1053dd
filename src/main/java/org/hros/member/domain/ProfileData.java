package org.hros.member.domain;

import java.time.Instant;
import java.util.List;
import org.hros.shared.PersonalData;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The member's account and profile, for their data export: everything but the password's hash. */
@Component
@Order(10)
class ProfileData implements PersonalData {

    private final JdbcClient jdbc;

    ProfileData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FileNote> files() {
        return List.of(new FileNote("profile.json", "export.file.profile"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long memberId, Archive archive) {
        jdbc.sql("select email, handle, display_name, headline, company, company_public, bio, topics, skills, role,"
                        + " time_zone, created_at, email_verified_at, welcomed_at, suspended_at, suspended_until,"
                        + " suspension_reason, silenced_at, silenced_until, silence_reason from member where id = ?")
                .param(memberId)
                .query((rs, i) -> new Profile(
                        rs.getString("email"),
                        rs.getString("handle"),
                        rs.getString("display_name"),
                        rs.getString("headline"),
                        rs.getString("company"),
                        rs.getBoolean("company_public"),
                        rs.getString("bio"),
                        Vocabulary.slugs(Vocabulary.parseAll(Topic.class, rs.getString("topics"))),
                        Vocabulary.slugs(Vocabulary.parseAll(Skill.class, rs.getString("skills"))),
                        rs.getString("role"),
                        rs.getString("time_zone"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("email_verified_at")),
                        instant(rs.getTimestamp("welcomed_at")),
                        new Standing(
                                instant(rs.getTimestamp("suspended_at")),
                                instant(rs.getTimestamp("suspended_until")),
                                rs.getString("suspension_reason"),
                                instant(rs.getTimestamp("silenced_at")),
                                instant(rs.getTimestamp("silenced_until")),
                                rs.getString("silence_reason"))))
                .optional()
                .ifPresent(profile -> archive.json("profile.json", profile));
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    record Profile(
            String email,
            String handle,
            String displayName,
            String headline,
            String company,
            boolean companyShownOnProfile,
            String bio,
            List<String> topics,
            List<String> skills,
            String role,
            String timeZone,
            Instant joinedAt,
            Instant emailVerifiedAt,
            Instant welcomedAt,
            Standing standing) {}

    /** Whether an admin suspended or silenced the account, and the reason the member was given. */
    record Standing(
            Instant suspendedAt,
            Instant suspendedUntil,
            String suspensionReason,
            Instant silencedAt,
            Instant silencedUntil,
            String silenceReason) {}
}
