package org.hros.feed.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hros.casestudy.AttributionView;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseFeedItem;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.Outcome;
import org.hros.platform.HrosProperties;
import org.hros.request.PublicRequest;
import org.hros.request.RequestCatalog;
import org.hros.session.SessionCatalog;
import org.hros.session.SessionEntry;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The public feeds: the newest published cases (all, failures, one topic, one skill) and the newest requests.
 * Entries come from the library's and the agenda's reader-facing views only, so a feed shows an author exactly as
 * a case page does and never holds more.
 */
@Service
public class Feeds {

    /** Entries per feed: enough for a reader polling now and then, small enough to build on every request. */
    public static final int SIZE = 30;

    /**
     * Feeds are cached by readers and proxies for everyone alike, so their words do not follow the visitor's
     * language.
     */
    private static final Locale LOCALE = Locale.ENGLISH;

    private final CaseCatalog cases;
    private final RequestCatalog requests;
    private final SessionCatalog sessions;
    private final MessageSource messages;
    private final FeedVersions versions;
    private final String baseUrl;

    Feeds(
            CaseCatalog cases,
            RequestCatalog requests,
            SessionCatalog sessions,
            MessageSource messages,
            FeedVersions versions,
            HrosProperties hrosProperties) {
        this.cases = cases;
        this.requests = requests;
        this.sessions = sessions;
        this.messages = messages;
        this.versions = versions;
        this.baseUrl = hrosProperties.baseUrl();
    }

    public FeedDocument allCases() {
        return cases("/cases.atom", "/cases", t("feed.cases.title"), CaseFilter.ANY);
    }

    public FeedDocument failures() {
        return cases(
                "/cases/failures.atom",
                "/cases?outcome=" + Outcome.FAILURE.slug(),
                t("feed.failures.title"),
                new CaseFilter(null, Outcome.FAILURE, null, null, null, null, null));
    }

    public FeedDocument topic(Topic topic) {
        return cases(
                "/cases/topics/" + topic.slug() + ".atom",
                "/cases?topic=" + topic.slug(),
                t("feed.topic.title", t(topic.messageKey())),
                new CaseFilter(null, null, topic, null, null, null, null));
    }

    public FeedDocument skill(Skill skill) {
        return cases(
                "/cases/skills/" + skill.slug() + ".atom",
                "/cases?skill=" + skill.slug(),
                t("feed.skill.title", t(skill.messageKey())),
                new CaseFilter(null, null, null, skill, null, null, null));
    }

    public FeedDocument requests() {
        List<AtomWriter.Item> items = new ArrayList<>();
        for (PublicRequest request : requests.newest(SIZE)) {
            List<AtomWriter.Term> terms = new ArrayList<>();
            terms.add(new AtomWriter.Term(
                    baseUrl + "/requests/statuses",
                    request.status().name().toLowerCase(Locale.ROOT),
                    t("request.status." + request.status().name())));
            request.topics().forEach(topic -> terms.add(topicTerm(topic)));
            items.add(new AtomWriter.Item(
                    baseUrl + "/requests/" + request.id(),
                    request.title(),
                    baseUrl + request.path(),
                    request.createdAt(),
                    request.createdAt(),
                    request.descriptionHtml(),
                    true,
                    terms,
                    // Requests never name who posted them: the community speaks for the whole feed.
                    null,
                    null,
                    null,
                    null));
        }
        AtomWriter.Head head = head("/requests.atom", "/requests", t("feed.requests.title"), t("feed.community"));
        return document(head, items);
    }

    /** Live sessions as they are scheduled or changed; an entry is updated when its time or notes change. */
    public FeedDocument sessions() {
        List<AtomWriter.Item> items = new ArrayList<>();
        for (SessionEntry session : sessions.recentlyChanged(SIZE)) {
            List<AtomWriter.Term> terms = new ArrayList<>();
            terms.add(new AtomWriter.Term(
                    baseUrl + "/sessions/kinds",
                    session.kind().name().toLowerCase(Locale.ROOT),
                    t(session.kind().messageKey())));
            session.topics().forEach(topic -> terms.add(topicTerm(topic)));
            items.add(new AtomWriter.Item(
                    baseUrl + "/sessions/" + session.id(),
                    session.title(),
                    baseUrl + session.path(),
                    session.updatedAt(),
                    session.updatedAt(),
                    session.summaryHtml(),
                    true,
                    terms,
                    // Sessions speak for the community, as requests do: no attendee or host data in the feed.
                    null,
                    null,
                    null,
                    null));
        }
        AtomWriter.Head head = head("/sessions.atom", "/sessions", t("feed.sessions.title"), t("feed.community"));
        return document(head, items);
    }

    private FeedDocument cases(String selfPath, String pagePath, String title, CaseFilter filter) {
        List<AtomWriter.Item> items = new ArrayList<>();
        for (CaseFeedItem item : cases.feedItems(filter, SIZE)) {
            var card = item.card();
            List<AtomWriter.Term> terms = new ArrayList<>();
            terms.add(new AtomWriter.Term(
                    baseUrl + "/outcomes",
                    card.outcome().slug(),
                    t(card.outcome().messageKey())));
            card.topics().forEach(topic -> terms.add(topicTerm(topic)));
            AttributionView credit = card.attribution();
            items.add(new AtomWriter.Item(
                    baseUrl + "/cases/" + card.id(),
                    card.title(),
                    baseUrl + card.path(),
                    item.firstPublishedAt(),
                    card.publishedAt(),
                    card.excerpt(),
                    false,
                    terms,
                    authorName(credit),
                    credit != null && credit.named() && credit.profilePath() != null
                            ? baseUrl + credit.profilePath()
                            : null,
                    item.licence().shortName(),
                    item.licence().url()));
        }
        return document(head(selfPath, pagePath, title, null), items);
    }

    /** What readers see of the author: the name when named, the role when role-only, "A member" otherwise. */
    private String authorName(AttributionView credit) {
        if (credit == null
                || credit.anonymous()
                || credit.name() == null
                || credit.name().isBlank()) {
            return t("attribution.aMember");
        }
        return credit.name();
    }

    private AtomWriter.Term topicTerm(Topic topic) {
        return new AtomWriter.Term(baseUrl + "/topics", topic.slug(), t(topic.messageKey()));
    }

    private AtomWriter.Head head(String selfPath, String pagePath, String title, String author) {
        return new AtomWriter.Head(
                baseUrl + selfPath,
                t("feed.title", t("site.name"), title),
                t("site.description"),
                baseUrl + selfPath,
                baseUrl + pagePath,
                baseUrl + "/img/favicon.svg",
                author);
    }

    /**
     * Renders the feed and dates it. The feed's {@code updated} is its newest entry's; an empty feed takes the
     * time its content was first served on this node, so that rendering it again yields the same bytes and
     * entity tag here.
     */
    private FeedDocument document(AtomWriter.Head head, List<AtomWriter.Item> items) {
        Instant newest = items.stream()
                .map(AtomWriter.Item::updated)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        String xml = AtomWriter.xml(AtomWriter.feed(head, items, newest));
        String etag = AtomWriter.etag(xml);
        Instant since = versions.since(head.selfUrl(), etag);
        if (items.isEmpty()) {
            xml = AtomWriter.xml(AtomWriter.feed(head, items, since));
            etag = AtomWriter.etag(xml);
        }
        return new FeedDocument(xml, etag, since.isAfter(newest) ? since : newest);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }
}
