package org.hros.webhook.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionView;
import org.hros.casestudy.CaseCard;
import org.hros.platform.HrosProperties;
import org.hros.request.PublicRequest;
import org.hros.session.SessionEntry;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON receivers get. Every field comes from the readers' views other modules hand out ({@link CaseCard},
 * {@link PublicRequest}, {@link SessionEntry}), so a payload can never show more than the public API: the author of a
 * case who is not named is not in it, and neither is who posted a request.
 */
@Component
class WebhookPayloads {

    private final JsonMapper json;
    private final String baseUrl;

    WebhookPayloads(JsonMapper json, HrosProperties hrosProperties) {
        this.json = json;
        this.baseUrl = hrosProperties.baseUrl();
    }

    /** The whole body: {@code {"id", "type", "timestamp", "data"}}. */
    String body(String messageId, WebhookEventType type, Instant timestamp, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", messageId);
        body.put("type", type.type());
        body.put("timestamp", timestamp.toString());
        body.put("data", data);
        return json.writeValueAsString(body);
    }

    Map<String, Object> casePublished(CaseCard card, int revision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", card.id());
        data.put("revision", revision);
        data.put("title", card.title());
        data.put("type", card.type().slug());
        data.put("outcome", card.outcome().slug());
        data.put("excerpt", card.excerpt());
        data.put("topics", card.topics().stream().map(Topic::slug).toList());
        data.put("publishedAt", time(card.publishedAt()));
        data.put("url", baseUrl + card.path());
        data.put("apiUrl", baseUrl + "/api/v1/cases/" + card.id());
        data.put("attribution", attribution(card.attribution()));
        data.put("sample", card.sample());
        return data;
    }

    Map<String, Object> requestAnswered(PublicRequest request, List<CaseCard> answers) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", request.id());
        data.put("title", request.title());
        data.put("status", request.status().name());
        data.put("topics", request.topics().stream().map(Topic::slug).toList());
        data.put("skills", request.skills().stream().map(Skill::slug).toList());
        data.put("votes", request.votes());
        data.put("createdAt", time(request.createdAt()));
        data.put("url", baseUrl + request.path());
        data.put("apiUrl", baseUrl + "/api/v1/requests/" + request.id());
        data.put(
                "answeredBy",
                answers.stream()
                        .map(card -> {
                            Map<String, Object> answer = new LinkedHashMap<>();
                            answer.put("id", card.id());
                            answer.put("title", card.title());
                            answer.put("url", baseUrl + card.path());
                            answer.put("attribution", attribution(card.attribution()));
                            return answer;
                        })
                        .toList());
        return data;
    }

    Map<String, Object> sessionScheduled(SessionEntry session) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", session.id());
        data.put("title", session.title());
        data.put("kind", session.kind().name());
        data.put("startsAt", time(session.startsAt()));
        data.put("durationMinutes", session.durationMinutes());
        data.put("summaryHtml", session.summaryHtml());
        data.put("topics", session.topics().stream().map(Topic::slug).toList());
        data.put("url", baseUrl + session.path());
        return data;
    }

    /** As the public API gives it: for role-only and anonymous cases, nothing that leads to the member. */
    private Map<String, Object> attribution(AttributionView view) {
        Map<String, Object> attribution = new LinkedHashMap<>();
        attribution.put("mode", view.mode().name());
        attribution.put("name", view.name());
        attribution.put("headline", view.named() ? view.headline() : null);
        attribution.put("profileUrl", view.named() && view.profilePath() != null ? baseUrl + view.profilePath() : null);
        return attribution;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
