package org.hros.member.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hros.member.MemberInterests;
import org.hros.platform.LogInLanding;
import org.hros.shared.NotFoundException;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's interests, welcome and visits, as the welcome and the home page use them; and the welcome as the first
 * page after a password log-in until it is done or skipped.
 */
@Service
class MemberInterestService implements MemberInterests, LogInLanding {

    /** Activity within this long of the recorded visit belongs to the same visit. */
    static final Duration VISIT = Duration.ofHours(1);

    private final MemberRepository members;
    private final Clock clock;

    MemberInterestService(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Interests interests(long memberId) {
        Member m = member(memberId);
        return new Interests(m.topics(), m.skills());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Interests> interestsOfActiveMembers() {
        Map<Long, Interests> all = new HashMap<>();
        for (Object[] row : members.findActiveVerifiedInterests(clock.instant())) {
            all.put(
                    (Long) row[0],
                    new Interests(
                            Vocabulary.parseAll(Topic.class, (String) row[1]),
                            Vocabulary.parseAll(Skill.class, (String) row[2])));
        }
        return all;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> firstPage(long memberId) {
        return members.findById(memberId)
                .flatMap(m -> m.waiting()
                        ? Optional.of("/waiting")
                        : m.welcomed() ? Optional.empty() : Optional.of("/welcome"));
    }

    @Override
    @Transactional
    public void chooseInterests(long memberId, Set<Topic> topics, Set<Skill> skills) {
        Member member = member(memberId);
        FollowedWords.check(member, topics, skills);
        member.chooseInterests(topics, skills);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean welcomed(long memberId) {
        return member(memberId).welcomed();
    }

    @Override
    @Transactional
    public void finishWelcome(long memberId) {
        member(memberId).finishWelcome(clock.instant());
    }

    @Override
    @Transactional
    public Optional<Instant> recordVisit(long memberId) {
        return Optional.ofNullable(member(memberId).visit(clock.instant(), VISIT));
    }

    private Member member(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new NotFoundException("No such member"));
    }
}
