package org.hros.home.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberInterests;
import org.hros.member.MemberPrincipal;
import org.hros.request.PublicRequest;
import org.hros.request.RequestCatalog;
import org.hros.shared.PublicTimes;
import org.hros.shared.Topic;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: for a member, their topics and what is new since they last came first; then the library. */
@Controller
class HomeController {

    static final int SHELF = 6;

    /** How far back "new since your last visit" looks among the latest cases. */
    static final int NEW_WINDOW = 60;

    private final CaseCatalog catalog;
    private final RequestCatalog requests;
    private final MemberInterests interests;

    HomeController(CaseCatalog catalog, RequestCatalog requests, MemberInterests interests) {
        this.catalog = catalog;
        this.requests = requests;
        this.interests = interests;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        List<CaseCard> casesForYou = List.of();
        List<PublicRequest> requestsForYou = List.of();
        List<CaseCard> newCases = List.of();
        List<PublicRequest> newRequests = List.of();
        Instant since = null;
        boolean chooseTopics = false;
        if (me != null) {
            var mine = interests.interests(me.id());
            Set<Topic> topics = mine.topics();
            chooseTopics = topics.isEmpty() && mine.skills().isEmpty();
            casesForYou = catalog.latestOn(topics, mine.skills(), SHELF);
            requestsForYou = requests.waitingOnTopics(topics, SHELF);
            since = interests.recordVisit(me.id()).orElse(null);
            if (since != null) {
                Instant after = since;
                newCases = catalog.latest(CaseFilter.ANY, NEW_WINDOW).stream()
                        .filter(c -> publishedSince(c, after))
                        .limit(SHELF)
                        .toList();
                newRequests = requests.openedSince(since, SHELF);
            }
        }
        model.addAttribute(
                "home",
                new HomeView(
                        casesForYou,
                        requestsForYou,
                        since,
                        newCases,
                        newRequests,
                        chooseTopics,
                        catalog.latest(CaseFilter.ANY, SHELF),
                        catalog.latest(new CaseFilter(null, Outcome.FAILURE, null, null, null, null, null), SHELF),
                        catalog.latest(new CaseFilter(CaseType.SPARK, null, null, null, null, null, null), SHELF),
                        catalog.facets(CaseFilter.ANY).topics(),
                        catalog.countPublished()));
        return "home";
    }

    /**
     * Whether a case came out since the member's previous visit. A case that does not name its author carries only
     * the day it came out (see {@link PublicTimes}), so it counts as new on the visit's day and after: comparing
     * finer would tell a frequent visitor the hour, which the day-only time is there to hide.
     */
    static boolean publishedSince(CaseCard card, Instant since) {
        if (card.publishedAt() == null) {
            return false;
        }
        return card.attribution().named()
                ? card.publishedAt().isAfter(since)
                : !card.publishedAt().isBefore(PublicTimes.day(since));
    }
}
