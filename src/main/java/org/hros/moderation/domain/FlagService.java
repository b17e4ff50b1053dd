package org.hros.moderation.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.moderation.FlagReason;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.ModeratedContent;
import org.hros.shared.ModeratedContent.Item;
import org.hros.shared.NotFoundException;
import org.hros.shared.SubjectType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags and the editors' decisions on them. Each member flags an item once; when an item's open flags reach
 * {@code hros.moderation.hide-threshold} it is hidden pending review. Editors keep (dismiss the flags), hide or
 * restore, each with a reason; every step is audited, and the author and the flaggers are told after commit.
 */
@Service
public class FlagService {

    static final int MAX_NOTE = 500;

    private final FlagRepository flags;
    private final Map<SubjectType, ModeratedContent> contents;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int threshold;

    FlagService(
            FlagRepository flags,
            List<ModeratedContent> contents,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${hros.moderation.hide-threshold:3}") int threshold) {
        this.flags = flags;
        this.contents = contents.stream().collect(Collectors.toMap(ModeratedContent::type, Function.identity()));
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.threshold = Math.max(1, threshold);
    }

    /** What a member is about to flag, for the form: never who wrote it. */
    @Transactional(readOnly = true)
    public FlagTarget target(SubjectType type, long id) {
        Item item = item(type, id);
        if (item.hidden()) {
            throw new NotFoundException("No such item");
        }
        return new FlagTarget(type, id, item.title(), item.path());
    }

    /**
     * Records a member's flag, and hides the item when its open flags reach the threshold.
     *
     * @return where the item is read, to go back to
     * @throws FieldErrorsException when the member flagged it before, wrote it, or chose "other" without saying why
     */
    @Transactional
    public String flag(long memberId, SubjectType type, long id, FlagReason reason, String note) {
        Item item = item(type, id);
        if (item.hidden()) {
            throw new NotFoundException("No such item");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason == FlagReason.OTHER && text == null) {
            throw refused("note", "flag.note.required");
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw refused("note", "flag.note.tooLong");
        }
        if (item.authorId() == memberId) {
            throw refused("reason", "flag.own");
        }
        if (flags.existsBySubjectTypeAndSubjectIdAndMemberId(type, id, memberId)) {
            throw refused("reason", "flag.already");
        }
        flags.save(new Flag(type, id, memberId, reason, text, clock.instant()));
        List<Flag> open = flags.findOpen(type, id);
        if (open.size() >= threshold) {
            contents.get(type).hide(id);
            audit.record(
                    memberId, AuditAction.HIDDEN_BY_FLAGS, null, describe(type, id) + ": " + open.size() + " flags");
            events.publishEvent(new ModerationDecided(
                    type,
                    id,
                    ModerationDecided.Decision.HIDDEN_BY_FLAGS,
                    null,
                    item.authorId(),
                    Set.of(),
                    item.title()));
        }
        return item.path();
    }

    /** Items with open flags, the most flagged first, then those editors hid. */
    @Transactional(readOnly = true)
    public FlagQueue queue() {
        List<QueueItem> flagged = new ArrayList<>();
        for (Object[] row : flags.findQueue()) {
            SubjectType type = (SubjectType) row[0];
            long id = (Long) row[1];
            Optional<Item> item = find(type, id);
            if (item.isEmpty()) {
                continue;
            }
            List<Flag> open = flags.findOpen(type, id);
            Map<FlagReason, Long> reasons = new EnumMap<>(FlagReason.class);
            open.forEach(f -> reasons.merge(f.reason(), 1L, Long::sum));
            List<String> notes =
                    open.stream().map(Flag::note).filter(n -> n != null).toList();
            flagged.add(new QueueItem(type, id, item.get(), open.size(), reasons, notes));
        }
        List<QueueItem> hidden = new ArrayList<>();
        for (Object[] row : flags.findHidden()) {
            SubjectType type = (SubjectType) row[0];
            long id = (Long) row[1];
            find(type, id)
                    .filter(Item::hidden)
                    .filter(i -> flagged.stream().noneMatch(q -> q.type() == type && q.id() == id))
                    .ifPresent(i -> hidden.add(new QueueItem(type, id, i, 0, Map.of(), List.of())));
        }
        return new FlagQueue(flagged, hidden, threshold);
    }

    /** Leaves the item as it is (showing it again if flags had hidden it) and dismisses its flags. */
    @Transactional
    public void keep(long editorId, SubjectType type, long id, String reason) {
        Item item = item(type, id);
        if (item.hidden()) {
            restore(editorId, type, id, reason);
            return;
        }
        decide(editorId, item, type, id, Flag.Outcome.KEPT, AuditAction.KEPT_CONTENT, reason);
    }

    @Transactional
    public void hide(long editorId, SubjectType type, long id, String reason) {
        Item item = item(type, id);
        contents.get(type).hide(id);
        decide(editorId, item, type, id, Flag.Outcome.HIDDEN, AuditAction.HID_CONTENT, reason);
    }

    @Transactional
    public void restore(long editorId, SubjectType type, long id, String reason) {
        Item item = item(type, id);
        if (!item.hidden()) {
            throw refused("reason", "flag.notHidden");
        }
        contents.get(type).restore(id);
        decide(editorId, item, type, id, Flag.Outcome.RESTORED, AuditAction.RESTORED_CONTENT, reason);
    }

    private void decide(
            long editorId,
            Item item,
            SubjectType type,
            long id,
            Flag.Outcome outcome,
            AuditAction action,
            String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw refused("reason", "flag.decision.reason.required");
        }
        if (why.length() > MAX_NOTE) {
            throw refused("reason", "flag.note.tooLong");
        }
        Set<Long> flaggers = new LinkedHashSet<>();
        for (Flag f : flags.findOpen(type, id)) {
            f.resolve(outcome, clock.instant());
            flaggers.add(f.memberId());
        }
        audit.record(editorId, action, null, describe(type, id) + ": " + why);
        ModerationDecided.Decision decision = switch (outcome) {
            case KEPT -> ModerationDecided.Decision.KEPT;
            case HIDDEN -> ModerationDecided.Decision.HIDDEN;
            case RESTORED -> ModerationDecided.Decision.RESTORED;
        };
        events.publishEvent(
                new ModerationDecided(type, id, decision, why, item.authorId(), Set.copyOf(flaggers), item.title()));
    }

    private Optional<Item> find(SubjectType type, long id) {
        ModeratedContent content = contents.get(type);
        return content == null ? Optional.empty() : content.find(id);
    }

    private Item item(SubjectType type, long id) {
        return find(type, id).orElseThrow(() -> new NotFoundException("No such item"));
    }

    private static String describe(SubjectType type, long id) {
        return type.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }

    private static FieldErrorsException refused(String field, String code) {
        return new FieldErrorsException(List.of(new FieldErrorsException.FieldError(field, code)));
    }

    /** What a member is flagging: where it is and what it belongs to. */
    public record FlagTarget(SubjectType type, long id, String title, String path) {}

    /** One item in the editors' queue; never who wrote it or who flagged it. */
    public record QueueItem(
            SubjectType type, long id, Item item, long score, Map<FlagReason, Long> reasons, List<String> notes) {

        public String title() {
            return item.title();
        }

        public String text() {
            return item.text();
        }

        public String path() {
            return item.path();
        }

        public boolean hidden() {
            return item.hidden();
        }

        public String kindKey() {
            return "flag.kind." + type.name();
        }

        public String actionPath() {
            return "/review/flags/" + type.name() + "/" + id;
        }
    }

    /** The editors' queue: flagged items by score, then hidden ones awaiting nothing but a possible restore. */
    public record FlagQueue(List<QueueItem> flagged, List<QueueItem> hidden, int threshold) {}
}
