package org.hros.discussion.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.discussion.ReactionBar;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.ReactionsChanged;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.hros.shared.SubjectInfo;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reactions on cases, requests and replies: one of each kind per member, set and cleared idempotently. Counts
 * and the members who reacted are public, except bookmarks, which only their member sees; the author of a
 * subject that does not name them is never listed among those who reacted.
 */
@Service
@Transactional(readOnly = true)
public class ReactionService {

    public static final int WHO_PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final ReplyRepository replies;
    private final Subjects subjects;
    private final MemberDirectory members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReactionService(
            JdbcClient jdbc,
            ReplyRepository replies,
            Subjects subjects,
            MemberDirectory members,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.replies = replies;
        this.subjects = subjects;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Gives ({@code on}) or takes back a reaction; doing either twice changes nothing more.
     *
     * @throws NotFoundException when the subject is not public
     */
    @Transactional
    public ReactionBar set(SubjectRef subject, long memberId, ReactionKind kind, boolean on) {
        describe(subject);
        int changed;
        if (on) {
            changed = jdbc.sql("insert into reaction (subject_type, subject_id, kind, member_id, created_at)"
                            + " values (?, ?, ?, ?, ?) on conflict do nothing")
                    .params(subject.type().name(), subject.id(), kind.name(), memberId, Timestamp.from(clock.instant()))
                    .update();
        } else {
            changed = jdbc.sql("delete from reaction where subject_type = ? and subject_id = ? and kind = ?"
                            + " and member_id = ?")
                    .params(subject.type().name(), subject.id(), kind.name(), memberId)
                    .update();
        }
        if (changed > 0 && kind.isPublic()) {
            events.publishEvent(new ReactionsChanged(subject, count(subject, ReactionKind.HELPED)));
        }
        return bars(subject.type(), List.of(subject.id()), memberId).get(subject.id());
    }

    /**
     * The reactions on a public subject as the viewer (or a visitor, when {@code null}) sees them: two statements, in no
     * transaction of their own; whether the subject is public is kept ({@link Subjects#findToShow}).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public ReactionBar bar(SubjectRef subject, Long viewerId) {
        if (subject.type() == SubjectType.REPLY) {
            describe(subject);
        } else {
            subjects.findToShow(subject).orElseThrow(() -> new NotFoundException("Nothing to react to"));
        }
        return bars(subject.type(), List.of(subject.id()), viewerId).get(subject.id());
    }

    /** Bars for many subjects of one kind, with two queries. */
    Map<Long, ReactionBar> bars(SubjectType type, Collection<Long> ids, Long viewerId) {
        return bars(type, ids, viewerId, null);
    }

    /**
     * Bars for replies all in one thread, {@code thread}, known to the caller: the replies need not be looked up to
     * find it.
     */
    Map<Long, ReactionBar> threadBars(SubjectRef thread, Collection<Long> replyIds, Long viewerId) {
        return bars(SubjectType.REPLY, replyIds, viewerId, thread);
    }

    private Map<Long, ReactionBar> bars(SubjectType type, Collection<Long> ids, Long viewerId, SubjectRef thread) {
        Map<Long, Map<ReactionKind, Long>> counts = new HashMap<>();
        Map<Long, Set<ReactionKind>> mine = new HashMap<>();
        if (!ids.isEmpty()) {
            Long[] array = ids.toArray(Long[]::new);
            List<Given> given = new ArrayList<>();
            jdbc.sql("select subject_id, kind, member_id from reaction where subject_type = ?"
                            + " and subject_id = any(?) and kind <> 'BOOKMARK'")
                    .params(type.name(), array)
                    .query(rs -> {
                        given.add(new Given(rs.getLong(1), ReactionKind.valueOf(rs.getString(2)), rs.getLong(3)));
                    });
            // Counted exactly as "who reacted" lists them: never the author of an unnamed case, on the case or in
            // its thread, or the count would rise by one when they react and tell the difference.
            Map<Long, Set<Long>> hidden = pseudonymousReactors(type, given, thread);
            for (Given g : given) {
                if (!hidden.getOrDefault(g.subjectId(), Set.of()).contains(g.memberId())) {
                    counts.computeIfAbsent(g.subjectId(), k -> new EnumMap<>(ReactionKind.class))
                            .merge(g.kind(), 1L, Long::sum);
                }
            }
            if (viewerId != null) {
                jdbc.sql("select subject_id, kind from reaction where subject_type = ? and subject_id = any(?)"
                                + " and member_id = ?")
                        .params(type.name(), array, viewerId)
                        .query(rs -> {
                            mine.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(ReactionKind.class))
                                    .add(ReactionKind.valueOf(rs.getString(2)));
                        });
            }
        }
        Map<Long, ReactionBar> bars = new HashMap<>();
        for (long id : ids) {
            bars.put(
                    id,
                    new ReactionBar(
                            new SubjectRef(type, id),
                            counts.getOrDefault(id, Map.of()),
                            mine.getOrDefault(id, Set.of()),
                            viewerId != null));
        }
        return bars;
    }

    /** How many members gave this reaction, counted as {@link #who} lists them. */
    public long count(SubjectRef subject, ReactionKind kind) {
        List<Long> ids = jdbc.sql(
                        "select member_id from reaction where subject_type = ? and subject_id = ? and kind = ?")
                .params(subject.type().name(), subject.id(), kind.name())
                .query(Long.class)
                .list();
        if (!kind.isPublic()) {
            return ids.size();
        }
        Set<Long> hidden = subjects.pseudonymous(threadOf(subject), ids);
        return ids.stream().filter(id -> !hidden.contains(id)).count();
    }

    /** One reaction given: on what, which kind, by whom. */
    private record Given(long subjectId, ReactionKind kind, long memberId) {}

    /** Per subject, those who reacted under the pseudonym of its thread's unnamed author: at most one each. */
    private Map<Long, Set<Long>> pseudonymousReactors(SubjectType type, List<Given> given, SubjectRef knownThread) {
        Map<Long, Set<Long>> bySubject = new HashMap<>();
        given.forEach(g ->
                bySubject.computeIfAbsent(g.subjectId(), k -> new HashSet<>()).add(g.memberId()));
        Map<Long, Set<Long>> hidden = new HashMap<>();
        if (type != SubjectType.REPLY) {
            bySubject.forEach((id, who) -> hidden.put(id, subjects.pseudonymous(new SubjectRef(type, id), who)));
            return hidden;
        }
        if (knownThread != null) {
            // Replies of one thread: one pseudonymous author for all of them, whoever reacted to which.
            Set<Long> everyone = new HashSet<>();
            bySubject.values().forEach(everyone::addAll);
            Set<Long> inThread = subjects.pseudonymous(knownThread, everyone);
            bySubject.keySet().forEach(reply -> hidden.put(reply, inThread));
            return hidden;
        }
        Map<SubjectRef, Set<Long>> byThread = new HashMap<>();
        Map<Long, SubjectRef> threadOfReply = new HashMap<>();
        replies.findAllById(bySubject.keySet()).forEach(r -> {
            threadOfReply.put(r.id(), r.subject());
            byThread.computeIfAbsent(r.subject(), k -> new HashSet<>()).addAll(bySubject.get(r.id()));
        });
        Map<SubjectRef, Set<Long>> hiddenInThread = new HashMap<>();
        byThread.forEach((thread, who) -> hiddenInThread.put(thread, subjects.pseudonymous(thread, who)));
        threadOfReply.forEach((reply, thread) -> hidden.put(reply, hiddenInThread.get(thread)));
        return hidden;
    }

    /**
     * The members who gave a public reaction, earliest first, as cards linked to their profiles — never the
     * author of a subject that does not name them, on the subject or on any reply in its thread.
     */
    public PageView<MemberCard> who(SubjectRef subject, ReactionKind kind, int page) {
        if (!kind.isPublic()) {
            throw new NotFoundException("Bookmarks are private");
        }
        describe(subject);
        List<Long> ids = jdbc.sql("select member_id from reaction where subject_type = ? and subject_id = ?"
                        + " and kind = ? order by created_at, member_id")
                .params(subject.type().name(), subject.id(), kind.name())
                .query(Long.class)
                .list();
        Set<Long> hidden = subjects.pseudonymous(threadOf(subject), ids);
        List<Long> shown = ids.stream().filter(id -> !hidden.contains(id)).toList();
        int from = Math.min((page - 1) * WHO_PAGE_SIZE, shown.size());
        List<Long> slice = shown.subList(from, Math.min(from + WHO_PAGE_SIZE, shown.size()));
        Map<Long, MemberCard> cards = members.cards(slice);
        List<MemberCard> items =
                slice.stream().filter(cards::containsKey).map(cards::get).toList();
        return new PageView<>(items, page, WHO_PAGE_SIZE, shown.size());
    }

    /** A member's bookmarks that are still public, newest first. */
    public PageView<BookmarkView> bookmarks(long memberId, int page, int size) {
        List<BookmarkView> all = new ArrayList<>();
        jdbc.sql("select subject_type, subject_id, created_at from reaction where member_id = ? and kind = 'BOOKMARK'"
                        + " order by created_at desc, subject_id desc")
                .param(memberId)
                .query(rs -> {
                    SubjectRef ref = new SubjectRef(SubjectType.valueOf(rs.getString(1)), rs.getLong(2));
                    Instant at = rs.getTimestamp(3).toInstant();
                    find(ref).ifPresent(info -> all.add(new BookmarkView(ref.type(), info.title(), info.path(), at)));
                });
        int from = Math.min((page - 1) * size, all.size());
        return new PageView<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    /**
     * What a subject is and where it is read; a reply is read in its thread.
     *
     * @throws NotFoundException when it is not public
     */
    public SubjectInfo describe(SubjectRef subject) {
        return find(subject).orElseThrow(() -> new NotFoundException("Nothing to react to"));
    }

    private java.util.Optional<SubjectInfo> find(SubjectRef subject) {
        if (subject.type() != SubjectType.REPLY) {
            return subjects.find(subject);
        }
        return replies.findById(subject.id())
                .filter(r -> !r.removed())
                .flatMap(r -> subjects.find(r.subject())
                        .map(t -> new SubjectInfo(subject, t.title(), t.path() + "#reply-" + r.id())));
    }

    private SubjectRef threadOf(SubjectRef subject) {
        if (subject.type() != SubjectType.REPLY) {
            return subject;
        }
        return replies.findById(subject.id())
                .map(Reply::subject)
                .orElseThrow(() -> new NotFoundException("No such reply"));
    }
}
