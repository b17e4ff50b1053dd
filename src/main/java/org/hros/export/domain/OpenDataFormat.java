package org.hros.export.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionView;
import org.hros.casestudy.CaseMarkdown;
import org.hros.casestudy.CaseView;
import org.hros.casestudy.Licence;
import org.hros.casestudy.OpenLibrary.OpenCase;
import org.hros.casestudy.Section;
import org.hros.shared.Vocabulary;

/**
 * How one published case reads in the dump: a JSON line and a Markdown file, both crediting the author exactly as
 * the case page does (the page's own {@link AttributionView}: a name only for named cases, the role line for
 * role-only ones, "A member" for anonymous ones).
 */
final class OpenDataFormat {

    private final ZipArchive archive;
    private final String baseUrl;

    OpenDataFormat(ZipArchive archive, String baseUrl) {
        this.archive = archive;
        this.baseUrl = baseUrl;
    }

    String markdownPath(CaseView view) {
        return "cases/" + view.id() + "-" + view.slug() + ".md";
    }

    OpenCaseRecord record(OpenCase c) {
        CaseView v = c.view();
        Map<String, String> sections = new LinkedHashMap<>();
        for (Section s : Section.of(v.type())) {
            String text = c.markdown().get(s);
            if (text != null && !text.isBlank()) {
                sections.put(s.key(), text);
            }
        }
        return new OpenCaseRecord(
                v.id(),
                baseUrl + v.path(),
                v.type().slug(),
                v.title(),
                v.outcome().slug(),
                new LicenceRecord(v.licence().shortName(), v.licence().url()),
                attribution(v.attribution()),
                Vocabulary.slugs(v.topics()),
                Vocabulary.slugs(v.skills()),
                new ContextRecord(
                        v.context().sizeBand() == null
                                ? null
                                : v.context().sizeBand().slug(),
                        v.context().industry() == null
                                ? null
                                : v.context().industry().slug(),
                        v.context().region() == null
                                ? null
                                : v.context().region().slug(),
                        v.context().teamSize(),
                        v.context().year()),
                v.vendorDisclosure(),
                v.revision(),
                v.firstPublishedAt(),
                v.publishedAt(),
                sections);
    }

    AttributionRecord attribution(AttributionView credit) {
        return switch (credit.mode()) {
            case NAMED ->
                new AttributionRecord(
                        "named", credit.name(), credit.handle(), credit.headline(), baseUrl + credit.profilePath());
            case ROLE_ONLY -> new AttributionRecord("role-only", credit.name(), null, null, null);
            case ANONYMOUS -> new AttributionRecord("anonymous", archive.text("attribution.aMember"), null, null, null);
        };
    }

    String markdown(OpenCase c) {
        CaseView v = c.view();
        AttributionRecord credit = attribution(v.attribution());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(v.title()).append("\n\n");
        String by = credit.shownAs()
                + (credit.handle() == null ? "" : " (@" + credit.handle() + ")")
                + (credit.headline() == null ? "" : ", " + credit.headline());
        line(md, "opendata.md.by", by);
        line(md, "opendata.md.type", archive.text(v.type().messageKey()));
        line(md, "opendata.md.outcome", archive.text("outcome." + v.outcome().slug()));
        line(
                md,
                "opendata.md.licence",
                v.licence().shortName() + " <" + v.licence().url() + ">");
        if (!v.topics().isEmpty()) {
            line(md, "opendata.md.topics", String.join(", ", Vocabulary.slugs(v.topics())));
        }
        line(md, "opendata.md.published", day(v.firstPublishedAt()));
        if (v.revision() > 1) {
            line(md, "opendata.md.revised", day(v.publishedAt()) + " (" + v.revision() + ")");
        }
        line(md, "opendata.md.url", baseUrl + v.path());
        md.append('\n');
        md.append(CaseMarkdown.sections(v.type(), c.markdown(), s -> archive.text(s.messageKey())));
        if (v.vendorDisclosure() != null && !v.vendorDisclosure().isBlank()) {
            md.append("## ")
                    .append(archive.text("opendata.md.vendorDisclosure"))
                    .append("\n\n");
            md.append(v.vendorDisclosure().strip()).append("\n");
        }
        return md.toString();
    }

    String readme(Instant builtAt) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(archive.text("opendata.readme.title")).append("\n\n");
        md.append(archive.text("opendata.readme.built", day(builtAt))).append("\n\n");
        md.append(archive.text("opendata.readme.intro")).append("\n\n");
        md.append("## ").append(archive.text("opendata.readme.files")).append("\n\n");
        md.append("- `README.md`: ")
                .append(archive.text("opendata.readme.file.readme"))
                .append('\n');
        md.append("- `cases.jsonl`: ")
                .append(archive.text("opendata.readme.file.jsonl"))
                .append('\n');
        md.append("- `cases/{id}-{slug}.md`: ")
                .append(archive.text("opendata.readme.file.markdown"))
                .append("\n\n");
        md.append("## ").append(archive.text("opendata.readme.licences")).append("\n\n");
        for (Licence licence : Licence.values()) {
            md.append("- ")
                    .append(licence.shortName())
                    .append(" <")
                    .append(licence.url())
                    .append(">: ")
                    .append(archive.text(licence.messageKey()))
                    .append('\n');
        }
        md.append('\n').append(archive.text("opendata.readme.attribution")).append('\n');
        return md.toString();
    }

    private void line(StringBuilder md, String labelKey, String value) {
        md.append("- ")
                .append(archive.text(labelKey))
                .append(": ")
                .append(value)
                .append('\n');
    }

    private static String day(Instant moment) {
        return LocalDate.ofInstant(moment, ZoneOffset.UTC).toString();
    }

    /**
     * One line of {@code cases.jsonl}.
     *
     * @param firstPublishedAt when the case first appeared; cut to the day when its author is not named
     * @param publishedAt when its current revision appeared; likewise
     * @param sections each section's Markdown by its key, in the template's order
     */
    record OpenCaseRecord(
            long id,
            String url,
            String type,
            String title,
            String outcome,
            LicenceRecord licence,
            AttributionRecord attribution,
            List<String> topics,
            List<String> skills,
            ContextRecord context,
            String vendorDisclosure,
            int revision,
            Instant firstPublishedAt,
            Instant publishedAt,
            Map<String, String> sections) {}

    record LicenceRecord(String name, String url) {}

    /**
     * @param mode named, role-only or anonymous
     * @param shownAs the line the case page shows: the name, the role, or "A member"
     * @param handle, headline, profile for named authors only
     */
    record AttributionRecord(String mode, String shownAs, String handle, String headline, String profile) {}

    record ContextRecord(String sizeBand, String industry, String region, Integer teamSize, Integer year) {}
}
