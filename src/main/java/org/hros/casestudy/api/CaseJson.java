package org.hros.casestudy.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionView;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseView;
import org.hros.shared.Vocabulary;

/** JSON shapes of published cases: open data, with their licence and attribution. */
final class CaseJson {

    private CaseJson() {}

    /** A published case in a list. */
    record Summary(
            long id,
            String url,
            String type,
            String title,
            String outcome,
            String excerpt,
            List<String> topics,
            String industry,
            String sizeBand,
            Instant publishedAt,
            Attribution attribution,
            boolean sample) {

        static Summary of(CaseCard c, String baseUrl) {
            return new Summary(
                    c.id(),
                    baseUrl + c.path(),
                    c.type().name(),
                    c.title(),
                    c.outcome().name(),
                    c.excerpt(),
                    Vocabulary.slugs(c.topics()),
                    c.industry() == null ? null : c.industry().slug(),
                    c.sizeBand() == null ? null : c.sizeBand().slug(),
                    c.publishedAt(),
                    Attribution.of(c.attribution(), baseUrl),
                    c.sample());
        }
    }

    /** A published case in full, at one revision. */
    record Full(
            long id,
            String url,
            int revision,
            int latestRevision,
            String type,
            String title,
            String outcome,
            Map<String, String> sections,
            List<String> topics,
            List<String> skills,
            Map<String, Object> context,
            LicenceJson licence,
            String vendorDisclosure,
            Instant publishedAt,
            Instant firstPublishedAt,
            Attribution attribution,
            boolean sample) {

        static Full of(CaseView v, String baseUrl) {
            Map<String, String> sections = new LinkedHashMap<>();
            v.sections().forEach(s -> sections.put(s.section().key(), s.html()));
            Map<String, Object> context = new LinkedHashMap<>();
            context.put(
                    "sizeBand",
                    v.context().sizeBand() == null
                            ? null
                            : v.context().sizeBand().slug());
            context.put(
                    "industry",
                    v.context().industry() == null
                            ? null
                            : v.context().industry().slug());
            context.put(
                    "region",
                    v.context().region() == null ? null : v.context().region().slug());
            context.put("teamSize", v.context().teamSize());
            context.put("year", v.context().year());
            return new Full(
                    v.id(),
                    baseUrl + v.path(),
                    v.revision(),
                    v.latestRevision(),
                    v.type().name(),
                    v.title(),
                    v.outcome().name(),
                    sections,
                    Vocabulary.slugs(v.topics()),
                    Vocabulary.slugs(v.skills()),
                    context,
                    new LicenceJson(
                            v.licence().name(),
                            v.licence().shortName(),
                            v.licence().url()),
                    v.vendorDisclosure(),
                    v.publishedAt(),
                    v.firstPublishedAt(),
                    Attribution.of(v.attribution(), baseUrl),
                    v.sample());
        }
    }

    /** How to credit the author: the public attribution, never more. */
    record Attribution(String mode, String name, String headline, String profileUrl) {

        static Attribution of(AttributionView a, String baseUrl) {
            return new Attribution(
                    a.mode().name(),
                    a.name(),
                    a.headline(),
                    a.profilePath() == null ? null : baseUrl + a.profilePath());
        }
    }

    record LicenceJson(String code, String name, String url) {}

    /** One page of a list. */
    record Page<T>(List<T> items, int page, int size, long total, int pages) {}
}
