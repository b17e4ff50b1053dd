package org.hros.moderation.domain;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditEntryView;
import org.hros.moderation.AuditLog;
import org.hros.shared.PageView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the audit log in its own table. */
@Service
class DatabaseAuditLog implements AuditLog {

    private final AuditEntryRepository entries;
    private final MemberDirectory members;
    private final Clock clock;

    DatabaseAuditLog(AuditEntryRepository entries, MemberDirectory members, Clock clock) {
        this.entries = entries;
        this.members = members;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long actorId, AuditAction action, Long caseId, String note) {
        entries.save(new AuditEntry(clock.instant(), actorId, action, caseId, note));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOnce(long actorId, AuditAction action, long caseId, String note) {
        if (!entries.existsByActorIdAndActionAndCaseIdAndNote(actorId, action, caseId, note)) {
            record(actorId, action, caseId, note);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAboutMember(long actorId, AuditAction action, long memberId, String note) {
        entries.save(new AuditEntry(clock.instant(), actorId, action, null, memberId, note));
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<AuditEntryView> entries(int page, int size) {
        return view(entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(page - 1, size)), page, size);
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<AuditEntryView> entriesAbout(long memberId, int page, int size) {
        return view(
                entries.findByMemberIdOrderByOccurredAtDescIdDesc(memberId, PageRequest.of(page - 1, size)),
                page,
                size);
    }

    private PageView<AuditEntryView> view(Page<AuditEntry> found, int page, int size) {
        Set<Long> people = new HashSet<>();
        found.forEach(e -> {
            people.add(e.actorId());
            if (e.memberId() != null) {
                people.add(e.memberId());
            }
        });
        Map<Long, MemberCard> cards = members.cards(people);
        return new PageView<>(
                found.stream()
                        .map(e -> new AuditEntryView(
                                e.id(),
                                e.occurredAt(),
                                e.actorId(),
                                name(cards, e.actorId()),
                                e.action(),
                                e.caseId(),
                                e.memberId(),
                                e.memberId() == null ? "" : name(cards, e.memberId()),
                                e.note()))
                        .toList(),
                page,
                size,
                found.getTotalElements());
    }

    private static String name(Map<Long, MemberCard> cards, long id) {
        return cards.containsKey(id) ? cards.get(id).displayName() : "";
    }
}
