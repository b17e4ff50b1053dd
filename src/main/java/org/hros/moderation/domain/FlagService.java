package org.hros.moderation.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hros.member.MemberAdministration;
import org.hros.member.MemberTrust;
import org.hros.member.TrustLevel;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.moderation.FlagReason;
import org.hros.moderation.FlagsDecided;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.ModeratedContent;
import org.hros.shared.ModeratedContent.Item;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.hros.shared.SubjectType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags and the editors' decisions on them, for every kind of content some module offers as {@link ModeratedContent}.
 * Each member flags an item once, and their flag weighs what their trust level weighs ({@code hros.trust.flag-weight});
 * when an item's open flags weigh {@code hros.moderation.hide-threshold} or more it is hidden pending review. Editors
 * keep (dismiss the flags), hide or restore the item, warn, silence or suspend its author, each with a reason; every
 * step is audited, and the author and the flaggers are told after commit.
 */
@Service
public class FlagService {

    static final int MAX_NOTE = 500;
    static final int MAX_DAYS = 365;
    public static final int PAGE_SIZE = 20;

    private final FlagRepository flags;
    private final Map<SubjectType, ModeratedContent> contents;
    private final AuditLog audit;
    private final MemberTrust trust;
    private final MemberAdministration members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int threshold;

    FlagService(
            FlagRepository flags,
            List<ModeratedContent> contents,
            AuditLog audit,
            MemberTrust trust,
            MemberAdministration members,
            ApplicationEventPublisher events,
            Clock clock,
            ModerationProperties moderationProperties) {
        this.flags = flags;
        this.contents = contents.stream().collect(Collectors.toMap(ModeratedContent::type, Function.identity()));
        this.audit = audit;
        this.trust = trust;
        this.members = members;
        this.events = events;
        this.clock = clock;
        this.threshold = Math.max(1, moderationProperties.hideThreshold());
    }

    /** What a member is about to flag, for the form: never who wrote it. Missing for those who may not see it. */
    @Transactional(readOnly = true)
    public FlagTarget target(long memberId, SubjectType type, long id) {
        Item item = visible(memberId, type, id);
        return new FlagTarget(type, id, item.title(), item.path());
    }

    /**
     * Records a member's flag with the weight of their trust level, and hides the item when its open flags weigh
     * the threshold.
     *
     * @return where the item is read, and whether this flag hid it
     * @throws FieldErrorsException when the member flagged it before, wrote it, or chose "other" without saying why
     * @throws NotFoundException when the item does not exist, is hidden, or the member may not see it
     */
    @Transactional
    public Flagged flag(long memberId, SubjectType type, long id, FlagReason reason, String note) {
        Item item = visible(memberId, type, id);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason == null) {
            throw refused("reason", "flag.reason.required");
        }
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
        int weight = trust.flagWeight(trust.level(memberId));
        flags.save(new Flag(type, id, memberId, reason, text, weight, clock.instant()));
        List<Flag> open = flags.findOpen(type, id);
        long score = open.stream().mapToLong(Flag::weight).sum();
        if (score >= threshold) {
            contents.get(type).hide(id);
            audit.record(
                    memberId,
                    AuditAction.HIDDEN_BY_FLAGS,
                    type == SubjectType.CASE ? id : null,
                    describe(type, id) + ": " + open.size() + " flags weighing " + score);
            events.publishEvent(new ModerationDecided(
                    type, id, ModerationDecided.Decision.HIDDEN_BY_FLAGS, null, item.authorId(), item.title()));
            return new Flagged(item.path(), true);
        }
        return new Flagged(item.path(), false);
    }

    /** One page of items with open flags, the heaviest first, then those editors hid. */
    @Transactional(readOnly = true)
    public FlagQueue queue(int page) {
        List<Object[]> rows = flags.findQueue();
        int pageNo = PageView.normalise(page);
        List<QueueItem> flagged = new ArrayList<>();
        int from = (pageNo - 1) * PAGE_SIZE;
        for (Object[] row : rows.subList(Math.min(from, rows.size()), Math.min(from + PAGE_SIZE, rows.size()))) {
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
            long score = open.stream().mapToLong(Flag::weight).sum();
            flagged.add(new QueueItem(type, id, item.get(), open.size(), score, reasons, notes));
        }
        List<QueueItem> hidden = new ArrayList<>();
        if (pageNo == 1) {
            for (Object[] row : flags.findHidden()) {
                SubjectType type = (SubjectType) row[0];
                long id = (Long) row[1];
                find(type, id)
                        .filter(Item::hidden)
                        .filter(i -> rows.stream().noneMatch(r -> r[0] == type && (Long) r[1] == id))
                        .ifPresent(i -> hidden.add(new QueueItem(type, id, i, 0, 0, Map.of(), List.of())));
            }
        }
        return new FlagQueue(
                new PageView<>(flagged, pageNo, PAGE_SIZE, rows.size()), hidden, threshold, trust.flagWeights());
    }

    /** The first page of the queue. */
    @Transactional(readOnly = true)
    public FlagQueue queue() {
        return queue(1);
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
        String why = reason(reason);
        contents.get(type).hide(id);
        decide(editorId, item, type, id, Flag.Outcome.HIDDEN, AuditAction.HID_CONTENT, why);
    }

    @Transactional
    public void restore(long editorId, SubjectType type, long id, String reason) {
        Item item = item(type, id);
        String why = reason(reason);
        if (!item.hidden()) {
            throw refused("reason", "flag.notHidden");
        }
        contents.get(type).restore(id);
        decide(editorId, item, type, id, Flag.Outcome.RESTORED, AuditAction.RESTORED_CONTENT, why);
    }

    /**
     * Warns the item's author, with the reason, about what they posted. The item stays in the queue for a decision
     * on it; the author is told after commit, and never learns who flagged.
     */
    @Transactional
    public void warn(long editorId, SubjectType type, long id, String reason) {
        Item item = item(type, id);
        String why = reason(reason);
        audit.record(
                editorId,
                AuditAction.WARNED_AUTHOR,
                type == SubjectType.CASE ? id : null,
                describe(type, id) + ": " + why);
        events.publishEvent(
                new ModerationDecided(type, id, ModerationDecided.Decision.WARNED, why, item.authorId(), item.title()));
    }

    /**
     * Silences or suspends the item's author through the member administration (which tells them and is audited
     * there), and records which item led to it. Only an admin may do it to another editor or admin.
     *
     * @param days how long, or {@code null} until reinstated
     */
    @Transactional
    public void restrictAuthor(
            long editorId,
            boolean editorIsAdmin,
            SubjectType type,
            long id,
            boolean suspend,
            String reason,
            Integer days) {
        Item item = item(type, id);
        String why = reason(reason);
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw refused("days", "flag.days.invalid");
        }
        boolean staff =
                members.account(item.authorId()).map(a -> a.role().canEdit()).orElse(false);
        if (staff && !editorIsAdmin) {
            throw refused("reason", "flag.author.staff");
        }
        Instant until = days == null ? null : clock.instant().plus(Duration.ofDays(days));
        if (suspend) {
            members.suspend(editorId, item.authorId(), why, until);
        } else {
            members.silence(editorId, item.authorId(), why, until);
        }
        audit.record(
                editorId,
                suspend ? AuditAction.SUSPENDED_AUTHOR : AuditAction.SILENCED_AUTHOR,
                type == SubjectType.CASE ? id : null,
                describe(type, id) + ": " + why);
    }

    private void decide(
            long editorId,
            Item item,
            SubjectType type,
            long id,
            Flag.Outcome outcome,
            AuditAction action,
            String reason) {
        String why = reason(reason);
        Set<Long> flaggers = new LinkedHashSet<>();
        long newestFlag = 0;
        for (Flag f : flags.findOpen(type, id)) {
            f.resolve(outcome, clock.instant());
            flaggers.add(f.memberId());
            newestFlag = Math.max(newestFlag, f.id());
        }
        audit.record(editorId, action, type == SubjectType.CASE ? id : null, describe(type, id) + ": " + why);
        ModerationDecided.Decision decision = switch (outcome) {
            case KEPT -> ModerationDecided.Decision.KEPT;
            case HIDDEN -> ModerationDecided.Decision.HIDDEN;
            case RESTORED -> ModerationDecided.Decision.RESTORED;
        };
        events.publishEvent(new ModerationDecided(type, id, decision, why, item.authorId(), item.title()));
        if (!flaggers.isEmpty()) {
            events.publishEvent(new FlagsDecided(
                    type,
                    id,
                    FlagsDecided.Outcome.valueOf(outcome.name()),
                    item.title(),
                    why,
                    outcome == Flag.Outcome.HIDDEN ? null : item.path(),
                    flaggers,
                    newestFlag));
        }
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw refused("reason", "flag.decision.reason.required");
        }
        if (why.length() > MAX_NOTE) {
            throw refused("reason", "flag.note.tooLong");
        }
        return why;
    }

    private Optional<Item> find(SubjectType type, long id) {
        ModeratedContent content = contents.get(type);
        return content == null ? Optional.empty() : content.find(id);
    }

    private Item item(SubjectType type, long id) {
        return find(type, id).orElseThrow(() -> new NotFoundException("No such item"));
    }

    /** The item as a member may flag it: shown, and visible to them (a circle post to its circle's members). */
    private Item visible(long memberId, SubjectType type, long id) {
        Item item = item(type, id);
        if (item.hidden() || !contents.get(type).visibleTo(id, memberId)) {
            throw new NotFoundException("No such item");
        }
        return item;
    }

    private static String describe(SubjectType type, long id) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + id;
    }

    private static FieldErrorsException refused(String field, String code) {
        return new FieldErrorsException(List.of(new FieldErrorsException.FieldError(field, code)));
    }

    /**
     * A flag recorded: where the item is read, and whether it is now hidden pending review (its page, for a case or
     * a request, is then missing for the member who flagged it).
     */
    public record Flagged(String path, boolean hidden) {}

    /** What a member is flagging: where it is and what it belongs to. */
    public record FlagTarget(SubjectType type, long id, String title, String path) {}

    /**
     * One item in the editors' queue; never who wrote it or who flagged it.
     *
     * @param count how many open flags it has
     * @param score what they weigh together, by the flaggers' trust levels
     */
    public record QueueItem(
            SubjectType type,
            long id,
            Item item,
            long count,
            long score,
            Map<FlagReason, Long> reasons,
            List<String> notes) {

        public String title() {
            return item.title();
        }

        public String text() {
            return item.text();
        }

        public String path() {
            return item.path();
        }

        public String editPath() {
            return item.editPath();
        }

        public boolean hidden() {
            return item.hidden();
        }

        /** A circle post's page is its circle's: editors read it here, in the queue, and nowhere else. */
        public boolean readable() {
            return type != SubjectType.CIRCLE_POST && !item.hidden();
        }

        public String kindKey() {
            return "flag.kind." + type.name();
        }

        public String actionPath() {
            return "/review/flags/" + type.name() + "/" + id;
        }

        public String key() {
            return type.name() + "-" + id;
        }
    }

    /**
     * The editors' queue: a page of flagged items by weight, then hidden ones awaiting nothing but a possible
     * restore, with the threshold and each level's weight to explain the order.
     */
    public record FlagQueue(
            PageView<QueueItem> flagged, List<QueueItem> hidden, int threshold, Map<TrustLevel, Integer> weights) {}
}
