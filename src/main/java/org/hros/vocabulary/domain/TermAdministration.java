package org.hros.vocabulary.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.NotFoundException;
import org.hros.shared.Quadrant;
import org.hros.shared.Vocabulary;
import org.hros.shared.VocabularyKind;
import org.hros.shared.VocabularyUsage;
import org.hros.shared.WordsMoved;
import org.hros.vocabulary.TermView;
import org.hros.vocabulary.VocabularyChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins' changes to the lists. Each is audited with what it was and what it became, in the change's transaction,
 * and publishes {@link VocabularyChanged}, so kept pages and every node's cached catalogue are forgotten after
 * commit. A new slug (a rename) or a merge moves the content that carried the old word through every module's
 * {@link VocabularyUsage} and leaves a redirect, so old addresses and filters keep finding it.
 */
@Service
public class TermAdministration {

    static final int MAX_LABEL = 80;
    static final int MAX_DESCRIPTION = 1000;

    private final JdbcClient jdbc;
    private final CatalogueStore store;
    private final List<VocabularyUsage> usages;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TermAdministration(
            JdbcClient jdbc,
            CatalogueStore store,
            List<VocabularyUsage> usages,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.usages = usages;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a word at the end of its list. */
    @Transactional
    public TermView add(long actorId, VocabularyKind kind, TermCommand command) {
        TermCommand clean = checked(kind, command, null);
        lock(kind);
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from vocabulary_term where kind = ?")
                .param(kind.slug())
                .query(Integer.class)
                .single();
        Instant now = clock.instant();
        Quadrant quadrant = quadrant(clean);
        jdbc.sql("insert into vocabulary_term"
                        + " (kind, slug, label, description, position, quadrant, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        kind.slug(),
                        clean.slug(),
                        clean.label(),
                        clean.description(),
                        position,
                        clean.quadrant(),
                        ts(now),
                        ts(now))
                .update();
        // A slug that used to lead elsewhere is this word's now.
        jdbc.sql("delete from vocabulary_redirect where kind = ? and old_slug = ?")
                .params(kind.slug(), clean.slug())
                .update();
        record(
                actorId,
                AuditAction.VOCABULARY_ADDED,
                kind,
                clean.slug() + " (" + quoted(clean.label()) + (quadrant == null ? "" : ", " + quadrant.slug()) + ")");
        changed(kind, clean.slug());
        return new TermView(kind, clean.slug(), clean.label(), clean.description(), position, false, quadrant);
    }

    /**
     * Changes a word's slug, label, description and (topics and skills) radar quadrant. A new slug moves every item that carried the old one and leaves
     * a redirect from it.
     *
     * @return the word as it is now
     */
    @Transactional
    public TermView edit(long actorId, VocabularyKind kind, String slug, TermCommand command) {
        TermView before = existing(kind, slug);
        TermCommand clean = checked(kind, command, slug);
        lock(kind);
        List<String> changes = new ArrayList<>();
        if (!before.label().equals(clean.label())) {
            changes.add("label: " + quoted(before.label()) + " → " + quoted(clean.label()));
        }
        if (!before.description().equals(clean.description())) {
            changes.add("description: " + quoted(before.description()) + " → " + quoted(clean.description()));
        }
        Quadrant quadrant = quadrant(clean);
        if (before.quadrant() != quadrant) {
            changes.add("quadrant: " + slugOf(before.quadrant()) + " → " + slugOf(quadrant));
        }
        boolean renamed = !before.slug().equals(clean.slug());
        if (renamed) {
            changes.add("slug: " + before.slug() + " → " + clean.slug());
        }
        if (changes.isEmpty()) {
            return before;
        }
        jdbc.sql("update vocabulary_term set slug = ?, label = ?, description = ?, quadrant = ?, updated_at = ?"
                        + " where kind = ? and slug = ?")
                .params(
                        clean.slug(),
                        clean.label(),
                        clean.description(),
                        clean.quadrant(),
                        ts(clock.instant()),
                        kind.slug(),
                        slug)
                .update();
        if (renamed) {
            moveContent(kind, slug, clean.slug());
            redirect(kind, slug, clean.slug());
        } else if (!before.label().equals(clean.label())) {
            // The items keep their word, but copies that hold its label as searchable text (the index) catch up.
            events.publishEvent(new WordsMoved(kind, slug, slug));
        }
        changes.forEach(c -> record(actorId, AuditAction.VOCABULARY_CHANGED, kind, before.slug() + ": " + c));
        changed(kind, clean.slug());
        return new TermView(
                kind, clean.slug(), clean.label(), clean.description(), before.position(), before.retired(), quadrant);
    }

    /** Moves a word one place up (towards the start) or down in its list. */
    @Transactional
    public void move(long actorId, VocabularyKind kind, String slug, boolean up) {
        existing(kind, slug);
        lock(kind);
        List<String> order = jdbc.sql("select slug from vocabulary_term where kind = ? order by position, slug")
                .param(kind.slug())
                .query(String.class)
                .list();
        int at = order.indexOf(slug);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= order.size()) {
            return;
        }
        List<String> next = new ArrayList<>(order);
        next.set(at, order.get(to));
        next.set(to, slug);
        for (int i = 0; i < next.size(); i++) {
            jdbc.sql("update vocabulary_term set position = ? where kind = ? and slug = ?")
                    .params(i + 1, kind.slug(), next.get(i))
                    .update();
        }
        record(actorId, AuditAction.VOCABULARY_MOVED, kind, slug + ": position " + (at + 1) + " → " + (to + 1));
        changed(kind, slug);
    }

    /** Retires a word: no longer offered in forms and filters nor accepted for new content; old content keeps it. */
    @Transactional
    public boolean retire(long actorId, VocabularyKind kind, String slug) {
        return setRetired(actorId, kind, slug, true);
    }

    /** Offers a retired word again. */
    @Transactional
    public boolean restore(long actorId, VocabularyKind kind, String slug) {
        return setRetired(actorId, kind, slug, false);
    }

    /** How much content merging {@code from} into {@code into} would move, for the admin's confirmation. */
    @Transactional(readOnly = true)
    public MergePreview previewMerge(VocabularyKind kind, String from, String into) {
        TermView source = existing(kind, from);
        TermView target = mergeTarget(kind, from, into);
        List<MergePreview.Moved> moves = new ArrayList<>();
        for (VocabularyUsage usage : usages) {
            long count = usage.count(kind, from);
            if (count > 0) {
                moves.add(new MergePreview.Moved(usage.countKey(kind), count));
            }
        }
        return new MergePreview(source, target, moves);
    }

    /**
     * Merges {@code from} into {@code into}: every item that carried {@code from} carries {@code into} instead (once),
     * {@code from} leaves the list, and its slug (and every slug that led to it) leads to {@code into}.
     *
     * @return how many items moved
     */
    @Transactional
    public long merge(long actorId, VocabularyKind kind, String from, String into) {
        existing(kind, from);
        TermView target = mergeTarget(kind, from, into);
        lock(kind);
        long moved = moveContent(kind, from, target.slug());
        jdbc.sql("delete from vocabulary_term where kind = ? and slug = ?")
                .params(kind.slug(), from)
                .update();
        redirect(kind, from, target.slug());
        record(
                actorId,
                AuditAction.VOCABULARY_MERGED,
                kind,
                from + " → " + target.slug() + " (" + moved + " items moved)");
        changed(kind, target.slug());
        return moved;
    }

    private TermView mergeTarget(VocabularyKind kind, String from, String into) {
        if (into == null || into.isBlank()) {
            throw new FieldErrorsException(List.of(new FieldError("into", "vocabulary.merge.into.required")));
        }
        TermView target = store.load()
                .term(kind, into.strip())
                .orElseThrow(() ->
                        new FieldErrorsException(List.of(new FieldError("into", "vocabulary.merge.into.unknown"))));
        if (target.slug().equals(from)) {
            throw new FieldErrorsException(List.of(new FieldError("into", "vocabulary.merge.into.same")));
        }
        return target;
    }

    private boolean setRetired(long actorId, VocabularyKind kind, String slug, boolean retired) {
        TermView term = existing(kind, slug);
        if (term.retired() == retired) {
            return false;
        }
        jdbc.sql("update vocabulary_term set retired_at = ?, updated_at = ? where kind = ? and slug = ?")
                .params(retired ? ts(clock.instant()) : null, ts(clock.instant()), kind.slug(), slug)
                .update();
        record(
                actorId,
                retired ? AuditAction.VOCABULARY_RETIRED : AuditAction.VOCABULARY_RESTORED,
                kind,
                slug + ": " + (retired ? "active → retired" : "retired → active"));
        changed(kind, slug);
        return true;
    }

    private long moveContent(VocabularyKind kind, String from, String into) {
        long moved = 0;
        for (VocabularyUsage usage : usages) {
            moved += usage.move(kind, from, into);
        }
        // Copies of the content (the search index) catch up after commit.
        events.publishEvent(new WordsMoved(kind, from, into));
        return moved;
    }

    /** Points {@code from}, and every old slug that led to it, at {@code into}, so no chain is ever followed. */
    private void redirect(VocabularyKind kind, String from, String into) {
        Instant now = clock.instant();
        jdbc.sql("update vocabulary_redirect set new_slug = ? where kind = ? and new_slug = ?")
                .params(into, kind.slug(), from)
                .update();
        jdbc.sql("delete from vocabulary_redirect where kind = ? and old_slug = ?")
                .params(kind.slug(), into)
                .update();
        jdbc.sql("insert into vocabulary_redirect (kind, old_slug, new_slug, created_at) values (?, ?, ?, ?)"
                        + " on conflict (kind, old_slug) do update set new_slug = excluded.new_slug")
                .params(kind.slug(), from, into, ts(now))
                .update();
    }

    /** Checks what an admin typed; every problem is reported at once, with its field. */
    private TermCommand checked(VocabularyKind kind, TermCommand command, String currentSlug) {
        List<FieldError> errors = new ArrayList<>();
        String slug = command.slug() == null ? "" : command.slug().strip();
        String label = command.label() == null ? "" : command.label().strip();
        String description =
                command.description() == null ? "" : command.description().strip();
        if (slug.isEmpty()) {
            errors.add(new FieldError("slug", "vocabulary.slug.required"));
        } else if (!Vocabulary.isSlug(slug)) {
            errors.add(new FieldError("slug", "vocabulary.slug.invalid"));
        } else if (!slug.equals(currentSlug) && store.load().term(kind, slug).isPresent()) {
            errors.add(new FieldError("slug", "vocabulary.slug.taken"));
        }
        if (label.isEmpty()) {
            errors.add(new FieldError("label", "vocabulary.label.required"));
        } else if (label.length() > MAX_LABEL) {
            errors.add(new FieldError("label", "vocabulary.label.tooLong"));
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "vocabulary.description.tooLong"));
        }
        String quadrant = null;
        if (TermView.placedOnRadar(kind)) {
            String typed = command.quadrant() == null ? "" : command.quadrant().strip();
            if (typed.isEmpty()) {
                errors.add(new FieldError("quadrant", "vocabulary.quadrant.required"));
            } else if (Quadrant.fromSlug(typed).isEmpty()) {
                errors.add(new FieldError("quadrant", "vocabulary.quadrant.invalid"));
            } else {
                quadrant = typed;
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return new TermCommand(slug, label, description, quadrant);
    }

    private TermView existing(VocabularyKind kind, String slug) {
        // Read past the cache: a change decides on the row as stored.
        return jdbc.sql("select kind, slug, label, description, position, retired_at is not null as retired, quadrant"
                        + " from vocabulary_term where kind = ? and slug = ?")
                .params(kind.slug(), slug)
                .query((rs, n) -> new TermView(
                        kind,
                        rs.getString("slug"),
                        rs.getString("label"),
                        rs.getString("description"),
                        rs.getInt("position"),
                        rs.getBoolean("retired"),
                        Quadrant.fromSlug(rs.getString("quadrant")).orElse(null)))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such word"));
    }

    /** Changes to one list are taken one after the other, so two admins never interleave a reorder or a merge. */
    private void lock(VocabularyKind kind) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('vocabulary:' || ?))")
                .param(kind.slug())
                .query()
                .singleRow();
    }

    private void record(long actorId, AuditAction action, VocabularyKind kind, String note) {
        audit.record(actorId, action, null, kind.slug() + " " + note);
    }

    private void changed(VocabularyKind kind, String slug) {
        store.forget();
        events.publishEvent(new VocabularyChanged(kind, slug));
    }

    /** The quadrant of a checked command: set for topics and skills, null for other kinds. */
    private static Quadrant quadrant(TermCommand checked) {
        return checked.quadrant() == null
                ? null
                : Quadrant.fromSlug(checked.quadrant()).orElseThrow();
    }

    private static String slugOf(Quadrant quadrant) {
        return quadrant == null ? "none" : quadrant.slug();
    }

    private static String quoted(String text) {
        return "'" + text + "'";
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
