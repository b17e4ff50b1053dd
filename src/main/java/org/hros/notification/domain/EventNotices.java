package org.hros.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hros.casestudy.CaseDeclined;
import org.hros.casestudy.CaseFixedByEditor;
import org.hros.casestudy.CasePublished;
import org.hros.casestudy.CaseReturned;
import org.hros.casestudy.CaseSubmitted;
import org.hros.discussion.ReplyPosted;
import org.hros.member.AccountAwaitingApproval;
import org.hros.member.InvitationAccepted;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.notification.NoticeCategory;
import org.hros.request.ExperienceInvited;
import org.hros.request.OfferMade;
import org.hros.request.RequestStatus;
import org.hros.request.RequestStatusChanged;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into notices. Each runs after the event's transaction committed, in a transaction of
 * its own, from the event publication registry: an event left unhandled by a crash is delivered again at start,
 * and the dedupe key (category, event identity, recipient) makes that second delivery add nothing.
 *
 * <p>The words come from the event alone (titles, paths, how a reply's author is shown): nothing is looked up
 * about anyone's authorship here, so a notice can never reveal more than the event's own module decided to show.
 */
@Component
class EventNotices {

    private final Notices notices;
    private final MemberDirectory members;
    private final MessageSource messages;

    EventNotices(Notices notices, MemberDirectory members, MessageSource messages) {
        this.notices = notices;
        this.members = members;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(CaseReturned event) {
        notices.deliver(List.of(new NoticeDraft(
                NoticeCategory.REVIEW_RESULTS,
                event.authorId(),
                "REVIEW_RESULTS:returned:" + event.caseId() + ":" + event.round() + ":" + event.authorId(),
                t("mail.returned.subject"),
                "/my/cases/" + event.caseId())));
    }

    /** The author hears of an editor's small fix at once: what was changed in their words, and why. */
    @ApplicationModuleListener
    void on(CaseFixedByEditor event) {
        notices.deliver(List.of(new NoticeDraft(
                NoticeCategory.REVIEW_RESULTS,
                event.authorId(),
                "REVIEW_RESULTS:fixed:" + event.noteId() + ":" + event.authorId(),
                t("notice.fixed", event.title(), event.why()),
                "/my/cases/" + event.caseId())));
    }

    @ApplicationModuleListener
    void on(CaseDeclined event) {
        notices.deliver(List.of(new NoticeDraft(
                NoticeCategory.REVIEW_RESULTS,
                event.authorId(),
                "REVIEW_RESULTS:declined:" + event.caseId() + ":" + event.round() + ":" + event.authorId(),
                t("mail.declined.subject"),
                "/my/cases/" + event.caseId())));
    }

    @ApplicationModuleListener
    void on(CasePublished event) {
        if (event.imported()) {
            return;
        }
        notices.deliver(List.of(new NoticeDraft(
                NoticeCategory.REVIEW_RESULTS,
                event.authorId(),
                "REVIEW_RESULTS:published:" + event.caseId() + ":" + event.revision() + ":" + event.authorId(),
                t("mail.published.subject"),
                "/cases/" + event.caseId())));
    }

    /**
     * Keyed by the change's id in the request's history: the same move made twice (open, sourcing, open, sourcing)
     * tells members twice, while one change delivered again tells them once.
     */
    @ApplicationModuleListener
    void on(RequestStatusChanged event) {
        String text = requestText(event);
        String identity = event.requestId() + ":" + event.changeId();
        notices.deliver(drafts(NoticeCategory.REQUEST_UPDATES, event.audience(), identity, text, event.path()));
    }

    @ApplicationModuleListener
    void on(OfferMade event) {
        notices.deliver(drafts(
                NoticeCategory.NEW_OFFERS,
                members.editorIds(),
                String.valueOf(event.offerId()),
                t("notice.offer", event.title()),
                event.path()));
    }

    /** Every editor but the author hears of a submission; each round is news again. */
    @ApplicationModuleListener
    void on(CaseSubmitted event) {
        Set<Long> editors = new java.util.HashSet<>(members.editorIds());
        editors.remove(event.authorId());
        notices.deliver(drafts(
                NoticeCategory.NEW_SUBMISSIONS,
                editors,
                event.caseId() + ":" + event.round(),
                t(event.round() > 1 ? "notice.resubmitted" : "notice.submitted", event.title()),
                "/review/" + event.caseId()));
    }

    @ApplicationModuleListener
    void on(ExperienceInvited event) {
        notices.deliver(drafts(
                NoticeCategory.INVITATIONS,
                Set.of(event.memberId()),
                String.valueOf(event.offerId()),
                t("notice.invited", event.title()),
                event.path()));
    }

    /**
     * Editors and admins hear that a new account waits for their approval, with the submissions they review: it is
     * the same kind of work, at the same desk.
     */
    @ApplicationModuleListener
    void on(AccountAwaitingApproval event) {
        notices.deliver(drafts(
                NoticeCategory.NEW_SUBMISSIONS,
                members.editorIds(),
                "account:" + event.memberId(),
                t("notice.awaitingApproval", event.displayName()),
                "/review/members"));
    }

    /** Whoever sent an invitation hears when someone joined with it, and finds them on their profile. */
    @ApplicationModuleListener
    void on(InvitationAccepted event) {
        String link =
                members.find(event.memberId()).map(MemberCard::profilePath).orElse("/invitations");
        notices.deliver(List.of(new NoticeDraft(
                NoticeCategory.INVITATIONS,
                event.inviterId(),
                "INVITATIONS:joined:" + event.invitationId() + ":" + event.inviterId(),
                t("notice.invitationUsed", event.memberName()),
                link)));
    }

    /** A member both mentioned and following gets one notice: the mention. */
    @ApplicationModuleListener
    void on(ReplyPosted event) {
        // Who wrote the reply is worded when the notice is read (NoticeTexts), never stored with it.
        List<NoticeDraft> drafts =
                new ArrayList<>(replyDrafts(NoticeCategory.MENTIONS, event.mentioned(), event, "notice.mention"));
        Set<Long> followersOnly = new java.util.HashSet<>(event.followers());
        followersOnly.removeAll(event.mentioned());
        drafts.addAll(replyDrafts(NoticeCategory.COMMENTS, followersOnly, event, "notice.reply"));
        notices.deliver(drafts);
    }

    private String requestText(RequestStatusChanged event) {
        if (event.from() == RequestStatus.ANSWERED && event.to() != RequestStatus.CLOSED) {
            // An editor unlinked the case that answered it: a correction, not news of progress.
            return t("notice.request.unanswered", event.title());
        }
        if (event.to() == RequestStatus.CLOSED) {
            String reason = event.reason() == null ? "OTHER" : event.reason().name();
            return t("notice.request.CLOSED." + reason, event.title());
        }
        return t("notice.request." + event.to().name(), event.title());
    }

    private static List<NoticeDraft> replyDrafts(
            NoticeCategory category, Set<Long> recipients, ReplyPosted event, String key) {
        NoticeDraft.ReplyWords words = new NoticeDraft.ReplyWords(event.replyId(), key, event.subjectTitle());
        return recipients.stream()
                .sorted()
                .map(id -> new NoticeDraft(
                        category,
                        id,
                        category.name() + ":" + event.replyId() + ":" + id,
                        event.subjectTitle(),
                        event.path(),
                        words))
                .toList();
    }

    private static List<NoticeDraft> drafts(
            NoticeCategory category, Set<Long> recipients, String identity, String text, String link) {
        return recipients.stream()
                .sorted()
                .map(id -> new NoticeDraft(category, id, category.name() + ":" + identity + ":" + id, text, link))
                .toList();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
