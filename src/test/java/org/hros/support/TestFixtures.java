package org.hros.support;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberInterests;
import org.hros.member.MemberOnboarding;
import org.hros.member.MemberRole;
import org.hros.member.domain.ApiTokenService;
import org.hros.platform.Mailer;
import org.hros.platform.RateLimits;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Members, tokens and cases for tests, created through the application's own services. */
@TestConfiguration(proxyBeanMethods = false)
public class TestFixtures {

    public static final String PASSWORD = "correct horse battery staple";

    /** Shared by every integration test, so they all share one context; reset before each test. */
    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** The application's mailer, which a test may take down for a while (see {@link MailOutage}). */
    @Bean
    @Primary
    MailOutage mailOutage(@Qualifier("smtpMailer") Mailer smtpMailer) {
        return new MailOutage(smtpMailer);
    }

    @Bean
    Fixtures fixtures(
            MemberOnboarding members,
            ApiTokenService tokens,
            CaseAuthoring authoring,
            CaseReviews reviews,
            RateLimits limits,
            MemberInterests interests) {
        TestMail.server();
        return new Fixtures(members, tokens, authoring, reviews, limits, interests);
    }

    /** What a test needs to set the scene. */
    public record Fixtures(
            MemberOnboarding members,
            ApiTokenService tokens,
            CaseAuthoring authoring,
            CaseReviews reviews,
            RateLimits limits,
            MemberInterests interests) {

        /**
         * A verified member with a unique address, who has had the welcome (an established member, so that logging
         * in takes them where they were going); returns their id and address.
         */
        public Person member(MemberRole role) {
            Person person = newcomer(role);
            interests.finishWelcome(person.id());
            return person;
        }

        /** A verified member with a unique address who has not had the welcome yet. */
        public Person newcomer(MemberRole role) {
            String key = UUID.randomUUID().toString().substring(0, 8);
            String email = role.name().toLowerCase() + "-" + key + "@test.example";
            long id = members.registerSample(
                    email,
                    "Test " + role.name().toLowerCase() + " " + key,
                    PASSWORD,
                    role,
                    "Talent Lead",
                    "Canary Corp " + key);
            return new Person(id, email, "Test " + role.name().toLowerCase() + " " + key);
        }

        public String token(Person person) {
            return tokens.create(person.id(), "test");
        }

        /** A complete case study draft by {@code author}; returns its id. */
        public long draft(Person author, String title, Outcome outcome, Topic topic) {
            return authoring.createDraft(author.id(), completeCase(title, outcome, topic, AttributionMode.NAMED));
        }

        /** A case written, submitted and published by an editor; returns its id. */
        public long published(Person author, Person editor, String title, Outcome outcome, Topic topic) {
            long id = draft(author, title, outcome, topic);
            authoring.submit(author.id(), id);
            reviews.claim(id, editor.id());
            reviews.publish(id, editor.id());
            return id;
        }
    }

    /** A member created for a test. */
    public record Person(long id, String email, String name) {}

    public static CaseCommand completeCase(String title, Outcome outcome, Topic topic, AttributionMode attribution) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : Section.of(CaseType.CASE_STUDY)) {
            sections.put(s, "Text for **" + s.key() + "** of " + title + ".");
        }
        return new CaseCommand(
                CaseType.CASE_STUDY,
                title,
                outcome,
                List.of(topic),
                List.of(Skill.of("writing")),
                new CaseContext(SizeBand.of("201-500"), Industry.of("retail"), Region.of("europe"), 4, 2024),
                Licence.CC_BY_4_0,
                "None.",
                attribution,
                attribution == AttributionMode.ROLE_ONLY ? "Talent lead · retail · 201–500 staff" : null,
                sections,
                null);
    }

    /** The same case with other section texts. */
    public static CaseCommand withSections(CaseCommand c, Map<Section, String> sections) {
        return new CaseCommand(
                c.type(),
                c.title(),
                c.outcome(),
                c.topics(),
                c.skills(),
                c.context(),
                c.licence(),
                c.vendorDisclosure(),
                c.attribution(),
                c.roleDescriptor(),
                sections,
                c.version(),
                c.approverEmail(),
                c.embargoUntil());
    }

    /** The same case, with an approver at the author's employer and an embargo (either may be null). */
    public static CaseCommand withRelease(CaseCommand c, String approverEmail, Instant embargoUntil) {
        return new CaseCommand(
                c.type(),
                c.title(),
                c.outcome(),
                c.topics(),
                c.skills(),
                c.context(),
                c.licence(),
                c.vendorDisclosure(),
                c.attribution(),
                c.roleDescriptor(),
                c.sections(),
                c.version(),
                approverEmail,
                embargoUntil);
    }
}
