package org.hros.moderation.domain;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
    @Transactional(readOnly = true)
    public PageView<AuditEntryView> entries(int page, int size) {
        Page<AuditEntry> found = entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(page - 1, size));
        Set<Long> actors = found.stream().map(AuditEntry::actorId).collect(Collectors.toSet());
        Map<Long, MemberCard> cards = members.cards(actors);
        return new PageView<>(
                found.stream()
                        .map(e -> new AuditEntryView(
                                e.id(),
                                e.occurredAt(),
                                e.actorId(),
                                cards.containsKey(e.actorId())
                                        ? cards.get(e.actorId()).displayName()
                                        : "",
                                e.action(),
                                e.caseId(),
                                e.note()))
                        .toList(),
                page,
                size,
                found.getTotalElements());
    }
}
