package org.hros.radar.web;

import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseCatalog;
import org.hros.radar.domain.EditionDiff;
import org.hros.radar.domain.Editions;
import org.hros.radar.domain.Placement;
import org.hros.radar.domain.Practices;
import org.hros.radar.domain.RadarQueries;
import org.hros.radar.domain.TrendProperties;
import org.hros.radar.domain.TrendQueries;
import org.hros.request.RequestCatalog;
import org.hros.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The radar, its editions, each blip's evidence, and rising and falling topics: open to everyone. */
@Controller
class RadarController {

    /** The evidence page lists at most this many cases and requests: the newest, as the radar stores them first. */
    static final int EVIDENCE_LIMIT = 50;

    private final RadarQueries radar;
    private final Editions editions;
    private final Practices practices;
    private final TrendQueries trends;
    private final CaseCatalog cases;
    private final RequestCatalog requests;
    private final int searchMinimum;

    RadarController(
            RadarQueries radar,
            Editions editions,
            Practices practices,
            TrendQueries trends,
            CaseCatalog cases,
            RequestCatalog requests,
            TrendProperties trendProperties) {
        this.radar = radar;
        this.editions = editions;
        this.practices = practices;
        this.trends = trends;
        this.cases = cases;
        this.requests = requests;
        this.searchMinimum = trendProperties.searchMinimum();
    }

    @GetMapping("/radar")
    String showRadar(Model model) {
        List<Placement> now = radar.current();
        String before = editions.before(null).orElse(null);
        model.addAttribute("radar", view(null, now, before, radar.computedAt().orElse(null)));
        return "radar/radar";
    }

    @GetMapping("/radar/editions/{key}")
    String showEdition(@PathVariable String key, Model model) {
        if (!Editions.validKey(key) || !editions.exists(key)) {
            throw new NotFoundException("No such edition");
        }
        String before = editions.before(key).orElse(null);
        model.addAttribute(
                "radar",
                view(
                        key,
                        editions.placements(key),
                        before,
                        editions.publishedAt(key).orElse(null)));
        return "radar/radar";
    }

    @GetMapping("/radar/blips/{kind:topic|skill|practice}/{slug}")
    String showBlip(@PathVariable String kind, @PathVariable String slug, Model model) {
        RadarQueries.BlipEvidence blip = radar.blip(kind, slug);
        var practice = "practice".equals(kind)
                ? practices.all().stream()
                        .filter(p -> p.slug().equals(slug))
                        .findFirst()
                        .orElse(null)
                : null;
        model.addAttribute(
                "blip",
                new BlipPageView(
                        blip.placement(),
                        practice,
                        cases.cards(
                                blip.caseIds().stream().limit(EVIDENCE_LIMIT).toList()),
                        requests.read(
                                blip.requestIds().stream().limit(EVIDENCE_LIMIT).toList())));
        return "radar/blip";
    }

    @GetMapping("/trends")
    String showTrends(Model model) {
        model.addAttribute(
                "trends", TrendsView.of(trends.rows(), trends.computedAt().orElse(null), searchMinimum));
        return "radar/trends";
    }

    private RadarView view(String key, List<Placement> now, String beforeKey, java.time.Instant asOf) {
        List<Placement> earlier = beforeKey == null ? List.of() : editions.placements(beforeKey);
        Map<String, EditionDiff.Move> moves = beforeKey == null ? Map.of() : EditionDiff.moves(earlier, now);
        return new RadarView(
                key,
                key == null ? null : Editions.title(key),
                beforeKey,
                beforeKey == null ? null : Editions.title(beforeKey),
                asOf,
                RadarChart.layout(now, moves),
                EditionDiff.left(earlier, now),
                editions.keys());
    }
}
