package org.hros.request.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseDrafts;
import org.hros.casestudy.CaseType;
import org.hros.discussion.Discussions;
import org.hros.platform.TrustLimits;
import org.hros.request.CloseReason;
import org.hros.request.CommunityAgenda;
import org.hros.request.ExperienceInvited;
import org.hros.request.OfferKind;
import org.hros.request.OfferMade;
import org.hros.request.RequestChanged;
import org.hros.request.RequestCommand;
import org.hros.request.RequestStatus;
import org.hros.request.RequestStatusChanged;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.Industry;
import org.hros.shared.MarkdownRenderer;
import org.hros.shared.NotFoundException;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Slugs;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes the agenda: posting, votes and follows, offers and invitations, status changes,
 * merging duplicates and linking the cases that answer a request. Each change publishes its events in the same
 * transaction; status changes name everyone who voted on or follows the request at that moment.
 */
@Service
public class Agenda implements CommunityAgenda {

    /** Statuses in which a linked, published case still changes something. */
    private static final Set<RequestStatus> AWAITING_ANSWER =
            EnumSet.of(RequestStatus.OPEN, RequestStatus.SOURCING, RequestStatus.IN_PROGRESS);

    private final JdbcClient jdbc;
    private final CaseCatalog catalog;
    private final CaseDrafts drafts;
    private final Discussions discussions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TrustLimits trust;

    Agenda(
            JdbcClient jdbc,
            CaseCatalog catalog,
            CaseDrafts drafts,
            Discussions discussions,
            ApplicationEventPublisher events,
            TrustLimits trust,
            Clock clock) {
        this.trust = trust;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.drafts = drafts;
        this.discussions = discussions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Refuses a retired word that the request did not carry before ({@code requestId} null for a new one), naming
     * its field; a retired word the request already had stays when it is edited.
     */
    private void checkWords(RequestCommand c, Long requestId) {
        RequestCommand before = requestId == null
                ? null
                : jdbc.sql("select topics, skills, size_band, industry from request where id = ?")
                        .param(requestId)
                        .query((rs, n) -> new RequestCommand(
                                "",
                                "",
                                List.copyOf(Vocabulary.parseAll(Topic.class, rs.getString(1))),
                                List.copyOf(Vocabulary.parseAll(Skill.class, rs.getString(2))),
                                Vocabulary.stored(SizeBand.class, rs.getString(3)),
                                Vocabulary.stored(Industry.class, rs.getString(4))))
                        .single();
        List<FieldError> errors = new ArrayList<>();
        if (Vocabulary.addsRetired(c.topics(), before == null ? List.of() : before.topics())) {
            errors.add(new FieldError("topics", "word.retired"));
        }
        if (Vocabulary.addsRetired(c.skills(), before == null ? List.of() : before.skills())) {
            errors.add(new FieldError("skills", "word.retired"));
        }
        if (Vocabulary.addsRetired(c.sizeBand(), before == null ? null : before.sizeBand())) {
            errors.add(new FieldError("sizeBand", "word.retired"));
        }
        if (Vocabulary.addsRetired(c.industry(), before == null ? null : before.industry())) {
            errors.add(new FieldError("industry", "word.retired"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
    }

    /** Checks a request as posting would, without posting it: for forms that have other errors already. */
    public void check(RequestCommand c) {
        RequestRules.check(c);
    }

    @Override
    @Transactional
    public long post(long memberId, RequestCommand c) {
        RequestRules.check(c);
        checkWords(c, null);
        trust.checkLinks(memberId, "description", c.title(), c.description());
        Timestamp now = now();
        String title = c.title().strip();
        String description = c.description().strip();
        long id = jdbc.sql("insert into request (author_id, title, slug, description_markdown, description_html,"
                        + " topics, skills, size_band, industry, status, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id")
                .params(
                        memberId,
                        title,
                        Slugs.slugify(title),
                        description,
                        MarkdownRenderer.toSafeHtml(description),
                        Vocabulary.joinAll(c.topics()),
                        Vocabulary.joinAll(c.skills()),
                        c.sizeBand() == null ? null : c.sizeBand().slug(),
                        c.industry() == null ? null : c.industry().slug(),
                        now,
                        now)
                .query(Long.class)
                .single();
        history(id, null, RequestStatus.OPEN, null, null, memberId);
        jdbc.sql("insert into request_follow (request_id, member_id, created_at) values (?, ?, ?)")
                .params(id, memberId, now)
                .update();
        // The poster hears of replies to their request, as an author hears of replies to their case.
        discussions.follow(new SubjectRef(SubjectType.REQUEST, id), memberId);
        events.publishEvent(new RequestChanged(id));
        return id;
    }

    /**
     * The poster changes their request. Its status, votes and followers stay as they are.
     *
     * @throws NotFoundException when the request is not the member's own
     * @throws ConflictException when the request was closed
     */
    @Transactional
    public void edit(long requestId, long memberId, RequestCommand c) {
        RequestRules.check(c);
        trust.checkLinks(memberId, "description", c.title(), c.description());
        Row r = row(requestId, true);
        long author = jdbc.sql("select author_id from request where id = ?")
                .param(requestId)
                .query(Long.class)
                .single();
        if (author != memberId) {
            throw new NotFoundException("No such request of yours");
        }
        if (r.status == RequestStatus.CLOSED) {
            throw new ConflictException("A closed request is not edited.");
        }
        checkWords(c, requestId);
        String title = c.title().strip();
        String description = c.description().strip();
        jdbc.sql("update request set title = ?, slug = ?, description_markdown = ?, description_html = ?, topics = ?,"
                        + " skills = ?, size_band = ?, industry = ?, updated_at = ? where id = ?")
                .params(
                        title,
                        Slugs.slugify(title),
                        description,
                        MarkdownRenderer.toSafeHtml(description),
                        Vocabulary.joinAll(c.topics()),
                        Vocabulary.joinAll(c.skills()),
                        c.sizeBand() == null ? null : c.sizeBand().slug(),
                        c.industry() == null ? null : c.industry().slug(),
                        now(),
                        requestId)
                .update();
        events.publishEvent(new RequestChanged(requestId));
    }

    @Override
    @Transactional
    public boolean vote(long requestId, long memberId) {
        Row r = row(requestId, false);
        if (r.status == RequestStatus.CLOSED) {
            throw new ConflictException("A closed request takes no more votes.");
        }
        // The primary key settles concurrent clicks: one of them inserts, the others change nothing.
        int added = jdbc.sql("insert into request_vote (request_id, member_id, created_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(requestId, memberId, now())
                .update();
        if (added > 0) {
            events.publishEvent(new RequestChanged(requestId));
        }
        return added > 0;
    }

    @Transactional
    public boolean unvote(long requestId, long memberId) {
        row(requestId, false);
        int removed = jdbc.sql("delete from request_vote where request_id = ? and member_id = ?")
                .params(requestId, memberId)
                .update();
        if (removed > 0) {
            events.publishEvent(new RequestChanged(requestId));
        }
        return removed > 0;
    }

    @Override
    @Transactional
    public boolean follow(long requestId, long memberId) {
        row(requestId, false);
        return jdbc.sql("insert into request_follow (request_id, member_id, created_at) values (?, ?, ?)"
                                + " on conflict do nothing")
                        .params(requestId, memberId, now())
                        .update()
                > 0;
    }

    @Transactional
    public boolean unfollow(long requestId, long memberId) {
        row(requestId, false);
        return jdbc.sql("delete from request_follow where request_id = ? and member_id = ?")
                        .params(requestId, memberId)
                        .update()
                > 0;
    }

    @Override
    @Transactional
    public long offer(long requestId, long memberId, OfferKind kind, String note) {
        RequestRules.checkOffer(kind, note);
        Row r = row(requestId, false);
        if (r.status == RequestStatus.CLOSED || r.status == RequestStatus.ANSWERED) {
            throw new ConflictException("This request takes no more offers.");
        }
        Optional<Long> existing = jdbc.sql("select id from request_offer where request_id = ? and member_id = ?")
                .params(requestId, memberId)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            // Changing one's mind about what to give, or the note, is an update; editors were told already.
            jdbc.sql("update request_offer set kind = ?, note = ? where id = ?")
                    .params(kind.name(), note.strip(), existing.get())
                    .update();
            return existing.get();
        }
        long id = jdbc.sql("insert into request_offer (request_id, member_id, kind, note, created_at)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing returning id")
                .params(requestId, memberId, kind.name(), note.strip(), now())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new ConflictException("The offer was just made."));
        events.publishEvent(new OfferMade(requestId, r.title, r.path(), id));
        return id;
    }

    /** An editor invites the member who made an offer to write the answering case; only that member is told. */
    @Transactional
    public void invite(long offerId, long editorId) {
        Offer o = offer(offerId);
        Row r = row(o.requestId, true);
        if (r.status == RequestStatus.CLOSED || r.status == RequestStatus.ANSWERED) {
            throw new ConflictException("This request needs no more answers.");
        }
        if (o.invited) {
            return;
        }
        jdbc.sql("update request_offer set invited_at = ?, invited_by = ? where id = ?")
                .params(now(), editorId, offerId)
                .update();
        events.publishEvent(new ExperienceInvited(r.id, r.title, r.path(), offerId, o.memberId));
    }

    /**
     * The invited member accepts: a draft case starts, linked to the request, which is now in progress.
     *
     * @return the new draft's id
     */
    @Transactional
    public long accept(long offerId, long memberId) {
        Offer o = offer(offerId);
        if (o.memberId != memberId || !o.invited) {
            throw new NotFoundException("No such invitation");
        }
        if (o.caseId != null) {
            return o.caseId;
        }
        Row r = row(o.requestId, true);
        if (r.status == RequestStatus.CLOSED) {
            throw new ConflictException("The request was closed.");
        }
        CaseType type = o.kind == OfferKind.SPARK ? CaseType.SPARK : CaseType.CASE_STUDY;
        long caseId = drafts.startDraft(memberId, type, r.title);
        Timestamp now = now();
        jdbc.sql("update request_offer set accepted_at = ?, case_id = ? where id = ?")
                .params(now, caseId, offerId)
                .update();
        jdbc.sql("insert into request_case (request_id, case_id, linked_at, linked_by) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(r.id, caseId, now, memberId)
                .update();
        if (r.status == RequestStatus.OPEN || r.status == RequestStatus.SOURCING) {
            transition(r, RequestStatus.IN_PROGRESS, null, null, memberId);
        }
        return caseId;
    }

    /** An editor sets a request's status. Answered comes from a published case, a duplicate from merging. */
    @Transactional
    public void changeStatus(long requestId, long editorId, RequestStatus to, CloseReason reason) {
        if (to == null) {
            throw new FieldErrorsException(List.of(new FieldError("status", "request.status.required")));
        }
        if (to == RequestStatus.ANSWERED) {
            throw new FieldErrorsException(List.of(new FieldError("status", "request.status.answeredByCase")));
        }
        if (to == RequestStatus.CLOSED && (reason == null || reason == CloseReason.DUPLICATE)) {
            throw new FieldErrorsException(List.of(new FieldError("reason", "request.reason.required")));
        }
        Row r = row(requestId, true);
        if (r.reason == CloseReason.DUPLICATE) {
            throw new ConflictException("A merged request stays merged.");
        }
        if (r.status == to && r.reason == (to == RequestStatus.CLOSED ? reason : null)) {
            return;
        }
        transition(r, to, to == RequestStatus.CLOSED ? reason : null, null, editorId);
    }

    /**
     * Closes {@code sourceId} as a duplicate of {@code targetId}: its votes, follows, offers and cases move to the
     * target, a member who voted on both keeping one vote. Its voters and followers are told where it went.
     */
    @Transactional
    public void merge(long sourceId, long targetId, long editorId) {
        if (sourceId == targetId) {
            throw new FieldErrorsException(List.of(new FieldError("into", "request.merge.self")));
        }
        boolean targetExists = jdbc.sql("select count(*) from request where id = ?")
                        .param(targetId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!targetExists) {
            throw new FieldErrorsException(List.of(new FieldError("into", "request.merge.notFound")));
        }
        // Lock in id order, so that two editors merging in opposite directions cannot deadlock.
        Row first = row(Math.min(sourceId, targetId), true);
        Row second = row(Math.max(sourceId, targetId), true);
        Row source = first.id == sourceId ? first : second;
        Row target = first.id == targetId ? first : second;
        if (source.status == RequestStatus.CLOSED) {
            throw new ConflictException("The request is closed already.");
        }
        if (target.status == RequestStatus.CLOSED) {
            throw new FieldErrorsException(List.of(new FieldError("into", "request.merge.targetClosed")));
        }
        Set<Long> audience = audience(sourceId);
        for (String table : List.of("request_vote", "request_follow")) {
            jdbc.sql("insert into " + table + " (request_id, member_id, created_at)"
                            + " select ?, member_id, created_at from " + table + " where request_id = ?"
                            + " on conflict do nothing")
                    .params(targetId, sourceId)
                    .update();
            jdbc.sql("delete from " + table + " where request_id = ?")
                    .param(sourceId)
                    .update();
        }
        jdbc.sql("update request_offer set request_id = ? where request_id = ? and member_id not in"
                        + " (select member_id from request_offer where request_id = ?)")
                .params(targetId, sourceId, targetId)
                .update();
        jdbc.sql("insert into request_case (request_id, case_id, linked_at, linked_by)"
                        + " select ?, case_id, linked_at, linked_by from request_case where request_id = ?"
                        + " on conflict do nothing")
                .params(targetId, sourceId)
                .update();
        transitionTo(source, RequestStatus.CLOSED, CloseReason.DUPLICATE, targetId, editorId, audience, target.path());
        events.publishEvent(new RequestChanged(targetId));
        answerIfPublished(target, editorId);
    }

    @Override
    @Transactional
    public void linkCase(long requestId, long caseId, long editorId) {
        Row r = row(requestId, true);
        if (catalog.cards(List.of(caseId)).isEmpty()) {
            throw new FieldErrorsException(List.of(new FieldError("caseId", "request.link.notPublished")));
        }
        jdbc.sql("insert into request_case (request_id, case_id, linked_at, linked_by) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(requestId, caseId, now(), editorId)
                .update();
        if (AWAITING_ANSWER.contains(r.status)) {
            transition(r, RequestStatus.ANSWERED, null, null, editorId);
        } else {
            events.publishEvent(new RequestChanged(requestId));
        }
    }

    /**
     * The published case an editor is about to link, for them to confirm it is the right one.
     *
     * @throws FieldErrorsException naming {@code caseRef} when no published case has that id
     */
    @Transactional(readOnly = true)
    public CaseCard linkable(long requestId, long caseId) {
        row(requestId, false);
        return catalog.cards(List.of(caseId)).stream()
                .findFirst()
                .orElseThrow(() ->
                        new FieldErrorsException(List.of(new FieldError("caseRef", "request.link.notPublished"))));
    }

    /**
     * Undoes a link. A request answered by no other published case goes back to where it stood before it was
     * answered, and its voters and followers (the asker among them) are told of the correction. Unlinking a case
     * that is not linked changes nothing.
     */
    @Transactional
    public void unlinkCase(long requestId, long caseId, long editorId) {
        Row r = row(requestId, true);
        int removed = jdbc.sql("delete from request_case where request_id = ? and case_id = ?")
                .params(requestId, caseId)
                .update();
        if (removed == 0) {
            return;
        }
        List<Long> linked = jdbc.sql("select case_id from request_case where request_id = ?")
                .param(requestId)
                .query(Long.class)
                .list();
        if (r.status == RequestStatus.ANSWERED && catalog.cards(linked).isEmpty()) {
            transition(r, statusBeforeAnswered(requestId), null, null, editorId);
        } else {
            events.publishEvent(new RequestChanged(requestId));
        }
    }

    /** Where the request stood when it was last answered: open, sourcing or in progress. */
    private RequestStatus statusBeforeAnswered(long requestId) {
        return jdbc.sql("select from_status from request_status_change where request_id = ? and to_status = 'ANSWERED'"
                        + " and from_status is not null order by changed_at desc, id desc limit 1")
                .param(requestId)
                .query(String.class)
                .optional()
                .map(RequestStatus::valueOf)
                .filter(AWAITING_ANSWER::contains)
                .orElse(RequestStatus.OPEN);
    }

    /** A case was published: every request it is linked to that still waits for an answer is answered. */
    @Transactional
    public void casePublished(long caseId) {
        List<Long> requests = jdbc.sql("select request_id from request_case where case_id = ? order by request_id")
                .param(caseId)
                .query(Long.class)
                .list();
        for (long requestId : requests) {
            Row r = row(requestId, true);
            if (AWAITING_ANSWER.contains(r.status)) {
                transition(r, RequestStatus.ANSWERED, null, null, null);
            }
        }
    }

    private void answerIfPublished(Row target, long editorId) {
        List<Long> linked = jdbc.sql("select case_id from request_case where request_id = ?")
                .param(target.id)
                .query(Long.class)
                .list();
        if (AWAITING_ANSWER.contains(target.status) && !catalog.cards(linked).isEmpty()) {
            transition(target, RequestStatus.ANSWERED, null, null, editorId);
        }
    }

    private void transition(Row r, RequestStatus to, CloseReason reason, Long mergedInto, Long by) {
        transitionTo(r, to, reason, mergedInto, by, audience(r.id), r.path());
    }

    private void transitionTo(
            Row r, RequestStatus to, CloseReason reason, Long mergedInto, Long by, Set<Long> audience, String path) {
        jdbc.sql("update request set status = ?, close_reason = ?, merged_into_id = ?, updated_at = ? where id = ?")
                .params(to.name(), reason == null ? null : reason.name(), mergedInto, now(), r.id)
                .update();
        long changeId = history(r.id, r.status, to, reason, mergedInto, by);
        events.publishEvent(
                new RequestStatusChanged(r.id, changeId, r.title, path, r.status, to, reason, mergedInto, audience));
        events.publishEvent(new RequestChanged(r.id));
        r.status = to;
        r.reason = reason;
    }

    /** Writes a status change into the request's history and returns its id. */
    private long history(
            long requestId, RequestStatus from, RequestStatus to, CloseReason reason, Long mergedInto, Long by) {
        return jdbc.sql("insert into request_status_change (request_id, from_status, to_status, close_reason,"
                        + " merged_into_id, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        requestId,
                        from == null ? null : from.name(),
                        to.name(),
                        reason == null ? null : reason.name(),
                        mergedInto,
                        by,
                        now())
                .query(Long.class)
                .single();
    }

    /** Everyone who voted on or follows the request now. */
    private Set<Long> audience(long requestId) {
        return new TreeSet<>(jdbc.sql("select member_id from request_vote where request_id = ?"
                        + " union select member_id from request_follow where request_id = ?")
                .params(requestId, requestId)
                .query(Long.class)
                .list());
    }

    private Row row(long id, boolean lock) {
        return jdbc.sql("select id, title, slug, status, close_reason from request where id = ?"
                        + (lock ? " for update" : ""))
                .param(id)
                .query((rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("slug"),
                        RequestStatus.valueOf(rs.getString("status")),
                        rs.getString("close_reason") == null
                                ? null
                                : CloseReason.valueOf(rs.getString("close_reason"))))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such request"));
    }

    private Offer offer(long offerId) {
        return jdbc.sql("select request_id, member_id, kind, invited_at, case_id from request_offer where id = ?")
                .param(offerId)
                .query((rs, i) -> new Offer(
                        rs.getLong("request_id"),
                        rs.getLong("member_id"),
                        OfferKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("invited_at") != null,
                        (Long) rs.getObject("case_id")))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such offer"));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    /** The request's row as a change sees it, updated as the change goes on. */
    private static final class Row {
        final long id;
        final String title;
        final String slug;
        RequestStatus status;
        CloseReason reason;

        Row(long id, String title, String slug, RequestStatus status, CloseReason reason) {
            this.id = id;
            this.title = title;
            this.slug = slug;
            this.status = status;
            this.reason = reason;
        }

        String path() {
            return RequestPaths.of(id, slug);
        }
    }

    private record Offer(long requestId, long memberId, OfferKind kind, boolean invited, Long caseId) {}
}
