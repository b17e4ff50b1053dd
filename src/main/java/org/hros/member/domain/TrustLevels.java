package org.hros.member.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hros.member.MemberTrust;
import org.hros.member.TrustLevel;
import org.hros.member.TrustLevelChanged;
import org.hros.member.TrustStanding;
import org.hros.platform.TrustLimits;
import org.hros.platform.security.RateLimitProperties;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.shared.TrustEvidence;
import org.hros.shared.TrustSignal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes and keeps members' trust levels, and answers what each level allows. A member reaches a level when every
 * signal meets its threshold; editors and admins count as regulars whatever their stored level.
 */
@Service
class TrustLevels implements MemberTrust, TrustLimits {

    static final int MAX_REASON = 500;

    private final MemberRepository members;
    private final List<TrustEvidence> evidence;
    private final TrustProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final RateLimitProperties rateLimits;

    TrustLevels(
            MemberRepository members,
            List<TrustEvidence> evidence,
            TrustProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            RateLimitProperties rateLimits) {
        this.rateLimits = rateLimits;
        this.members = members;
        this.evidence = evidence;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    @Transactional(readOnly = true)
    public TrustLevel level(long memberId) {
        return members.findById(memberId).map(TrustLevels::effective).orElse(TrustLevel.NEW);
    }

    @Override
    @Transactional(readOnly = true)
    public TrustStanding standing(long memberId) {
        Member m = member(memberId);
        TrustLevel level = effective(m);
        TrustLevel next = m.role().canEdit() ? null : level.next();
        List<TrustStanding.Progress> progress = new ArrayList<>();
        if (next != null) {
            Map<TrustSignal, Long> have = signals(m);
            for (TrustSignal signal : TrustSignal.values()) {
                long needed = properties.needed(next, signal);
                if (needed > 0) {
                    progress.add(new TrustStanding.Progress(signal, have.get(signal), needed));
                }
            }
        }
        boolean limited = level == TrustLevel.NEW;
        return new TrustStanding(
                level,
                m.trustLevelByHand(),
                next,
                progress,
                limited ? properties.newLinksPerPost() : -1,
                rateLimits.getNewMemberPost().getRequests(),
                !limited || properties.newMayInvite(),
                properties.weight(level));
    }

    @Override
    public int flagWeight(TrustLevel level) {
        return properties.weight(level);
    }

    @Override
    public Map<TrustLevel, Integer> flagWeights() {
        Map<TrustLevel, Integer> weights = new EnumMap<>(TrustLevel.class);
        for (TrustLevel level : TrustLevel.values()) {
            weights.put(level, properties.weight(level));
        }
        return weights;
    }

    @Override
    @Transactional
    public TrustLevel recompute(long memberId) {
        Member m = member(memberId);
        TrustLevel before = m.trustLevel();
        if (m.earn(earned(signals(m)))) {
            events.publishEvent(new TrustLevelChanged(memberId, before, m.trustLevel(), false, null));
        }
        return m.trustLevel();
    }

    @Override
    public int recomputeAll() {
        int changed = 0;
        // One short transaction per member, so that a large community never holds a long one.
        for (long id : members.findEarningTrust()) {
            Boolean moved = transactions.execute(status -> {
                Member m = members.findById(id).orElse(null);
                if (m == null) {
                    return false;
                }
                TrustLevel before = m.trustLevel();
                if (m.earn(earned(signals(m)))) {
                    events.publishEvent(new TrustLevelChanged(id, before, m.trustLevel(), false, null));
                    return true;
                }
                return false;
            });
            if (Boolean.TRUE.equals(moved)) {
                changed++;
            }
        }
        return changed;
    }

    @Override
    @Transactional
    public void setByHand(long actorId, long memberId, TrustLevel level, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError(
                    "reason", why.isEmpty() ? "trust.reason.required" : "trust.reason.tooLong")));
        }
        if (level == null) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError("level", "trust.level.invalid")));
        }
        Member m = member(memberId);
        TrustLevel before = m.trustLevel();
        m.setTrustLevelByHand(level);
        events.publishEvent(new TrustLevelChanged(memberId, before, level, true, why));
    }

    @Override
    @Transactional(readOnly = true)
    public int linksPerPost(long memberId) {
        return level(memberId) == TrustLevel.NEW ? Math.max(0, properties.newLinksPerPost()) : -1;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean postsLimited(long memberId) {
        return level(memberId) == TrustLevel.NEW;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayInvite(long memberId) {
        return properties.newMayInvite() || level(memberId) != TrustLevel.NEW;
    }

    /** The highest level whose every threshold the signals meet. */
    private TrustLevel earned(Map<TrustSignal, Long> have) {
        TrustLevel earned = TrustLevel.NEW;
        for (TrustLevel level : List.of(TrustLevel.MEMBER, TrustLevel.REGULAR)) {
            for (TrustSignal signal : TrustSignal.values()) {
                if (have.get(signal) < properties.needed(level, signal)) {
                    return earned;
                }
            }
            earned = level;
        }
        return earned;
    }

    private Map<TrustSignal, Long> signals(Member m) {
        Map<TrustSignal, Long> have = new EnumMap<>(TrustSignal.class);
        for (TrustSignal signal : TrustSignal.values()) {
            have.put(signal, 0L);
        }
        have.put(TrustSignal.DAYS_VISITED, (long) m.daysVisited());
        for (TrustEvidence e : evidence) {
            have.merge(e.signal(), e.count(m.id()), Long::sum);
        }
        return have;
    }

    private static TrustLevel effective(Member m) {
        return m.role().canEdit() ? TrustLevel.REGULAR : m.trustLevel();
    }

    private Member member(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new NotFoundException("No such member"));
    }
}
