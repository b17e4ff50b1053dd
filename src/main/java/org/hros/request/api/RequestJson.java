package org.hros.request.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hros.casestudy.CaseCard;
import org.hros.member.MemberCard;
import org.hros.request.CloseReason;
import org.hros.request.RequestCommand;
import org.hros.request.RequestStatus;
import org.hros.request.domain.RequestCard;
import org.hros.request.domain.RequestDetail;
import org.hros.request.domain.StatusChangeView;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.Industry;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

/** JSON shapes of the agenda. Offers are private and never part of them. */
final class RequestJson {

    private RequestJson() {}

    /** A page of results. */
    record Page<T>(List<T> items, int page, int size, long total, int pages) {}

    /** Who posted a request: requests always name their poster. */
    record Poster(String displayName, String handle, String url) {

        static Poster of(MemberCard card, String baseUrl) {
            return card == null ? null : new Poster(card.displayName(), card.handle(), baseUrl + card.profilePath());
        }
    }

    /** A request in a list. */
    record Summary(
            long id,
            String url,
            String title,
            String excerpt,
            RequestStatus status,
            List<String> topics,
            List<String> skills,
            long votes,
            long recentVotes,
            Instant createdAt,
            Poster poster) {

        static Summary of(RequestCard c, String baseUrl) {
            return new Summary(
                    c.id(),
                    baseUrl + c.path(),
                    c.title(),
                    c.excerpt(),
                    c.status(),
                    Vocabulary.slugs(c.topics()),
                    Vocabulary.slugs(c.skills()),
                    c.votes(),
                    c.recentVotes(),
                    c.createdAt(),
                    Poster.of(c.poster(), baseUrl));
        }
    }

    /** A request in full, with what the caller did about it. */
    record Full(
            long id,
            String url,
            String title,
            String descriptionHtml,
            RequestStatus status,
            CloseReason closeReason,
            Long mergedIntoId,
            List<String> topics,
            List<String> skills,
            String sizeBand,
            String industry,
            Instant createdAt,
            Poster poster,
            long votes,
            long followers,
            boolean voted,
            boolean following,
            List<Change> history,
            List<LinkedCase> cases) {

        static Full of(RequestDetail d, String baseUrl) {
            return new Full(
                    d.id(),
                    baseUrl + d.path(),
                    d.title(),
                    d.descriptionHtml(),
                    d.status(),
                    d.closeReason(),
                    d.mergedIntoId(),
                    Vocabulary.slugs(d.topics()),
                    Vocabulary.slugs(d.skills()),
                    d.sizeBand() == null ? null : d.sizeBand().slug(),
                    d.industry() == null ? null : d.industry().slug(),
                    d.createdAt(),
                    Poster.of(d.poster(), baseUrl),
                    d.votes(),
                    d.followers(),
                    d.voted(),
                    d.following(),
                    d.history().stream().map(Change::of).toList(),
                    d.cases().stream().map(c -> LinkedCase.of(c, baseUrl)).toList());
        }
    }

    /** One status change; who made it is not part of it. */
    record Change(RequestStatus from, RequestStatus to, CloseReason reason, Long mergedIntoId, Instant changedAt) {

        static Change of(StatusChangeView v) {
            return new Change(v.from(), v.to(), v.reason(), v.mergedIntoId(), v.changedAt());
        }
    }

    /** A published case that answers the request; its attribution is read through the case's own API. */
    record LinkedCase(long id, String url, String title, String type, String outcome) {

        static LinkedCase of(CaseCard c, String baseUrl) {
            return new LinkedCase(
                    c.id(),
                    baseUrl + c.path(),
                    c.title(),
                    c.type().name(),
                    c.outcome().name());
        }
    }

    /** A new request. Topics, skills, size band and industry are given by their slugs, as in the case API. */
    record NewRequest(
            String title,
            String description,
            List<String> topics,
            List<String> skills,
            String sizeBand,
            String industry) {

        RequestCommand command() {
            List<FieldError> errors = new ArrayList<>();
            List<Topic> topicList = words(Topic.class, topics, "topics", errors);
            List<Skill> skillList = words(Skill.class, skills, "skills", errors);
            SizeBand size = word(SizeBand.class, sizeBand, "sizeBand", errors);
            Industry ind = word(Industry.class, industry, "industry", errors);
            if (!errors.isEmpty()) {
                throw new FieldErrorsException(errors);
            }
            return new RequestCommand(title, description, topicList, skillList, size, ind);
        }

        private static <E extends Vocabulary> List<E> words(
                Class<E> type, List<String> slugs, String field, List<FieldError> errors) {
            List<E> result = new ArrayList<>();
            if (slugs != null) {
                for (String slug : slugs) {
                    E word = word(type, slug, field, errors);
                    if (word != null) {
                        result.add(word);
                    }
                }
            }
            return result;
        }

        private static <E extends Vocabulary> E word(
                Class<E> type, String slug, String field, List<FieldError> errors) {
            if (slug == null || slug.isBlank()) {
                return null;
            }
            // A retired word the request carries may stay on an edit; the agenda refuses one newly added.
            E word = Vocabulary.fromSlug(type, slug.strip()).orElse(null);
            if (word == null && errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldError(field, "api.unknownValue"));
            }
            return word;
        }
    }

    /** An editor's status change; {@code reason} only with CLOSED (OUT_OF_SCOPE or STALE). */
    record StatusChange(RequestStatus status, CloseReason reason) {}

    /** Merge into another request, given by its id. */
    record Merge(Long into) {}

    /** Link a published case, by its id or the address of its page. */
    record CaseLink(String caseRef) {}
}
