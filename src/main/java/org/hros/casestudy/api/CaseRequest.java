package org.hros.casestudy.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

/**
 * A case as API clients send it. Vocabularies travel as slugs ({@code "employer-brand"}); enums as their
 * names ({@code "FAILURE"}); sections as a map from section key to Markdown.
 *
 * @param version the version last read, required when updating; a stale one gets 409
 * @param approverEmail someone at the author's employer who must approve publication; optional
 * @param embargoUntil an ISO-8601 instant ({@code "2026-05-04T09:00:00Z"}) before which the case is not
 *     published; optional
 */
public record CaseRequest(
        @NotNull(message = "{case.type.required}") CaseType type,

        @NotBlank(message = "{case.title.required}") @Size(max = 160, message = "{case.title.tooLong}")
        String title,

        Outcome outcome,
        @Size(max = 3, message = "{case.topics.tooMany}") List<String> topics,
        @Size(max = 5, message = "{case.skills.tooMany}") List<String> skills,
        ContextJson context,
        Licence licence,

        @Size(max = 2000, message = "{case.vendorDisclosure.tooLong}")
        String vendorDisclosure,

        AttributionMode attribution,

        @Size(max = 120, message = "{case.roleDescriptor.tooLong}")
        String roleDescriptor,

        @Size(max = 20, message = "{case.section.unknown}") Map<String, String> sections,
        Integer version,

        @Email(message = "{case.approverEmail.invalid}") @Size(max = 254, message = "{case.approverEmail.tooLong}")
        String approverEmail,

        String embargoUntil) {

    /** Where and when, by slug. */
    public record ContextJson(String sizeBand, String industry, String region, Integer teamSize, Integer year) {}

    CaseCommand command() {
        List<FieldError> errors = new ArrayList<>();
        List<Topic> topicList = words(Topic.class, topics, "topics", errors);
        List<Skill> skillList = words(Skill.class, skills, "skills", errors);
        ContextJson c = context == null ? new ContextJson(null, null, null, null, null) : context;
        SizeBand size = word(c.sizeBand(), s -> Vocabulary.fromSlug(SizeBand.class, s), "context.sizeBand", errors);
        Industry industry = word(c.industry(), s -> Vocabulary.fromSlug(Industry.class, s), "context.industry", errors);
        Region region = word(c.region(), s -> Vocabulary.fromSlug(Region.class, s), "context.region", errors);
        Instant embargo = instant(embargoUntil, "embargoUntil", errors);
        Map<Section, String> texts = new EnumMap<>(Section.class);
        if (sections != null) {
            sections.forEach((key, text) -> {
                Optional<Section> section = Section.fromKey(key).filter(s -> type == null || s.belongsTo(type));
                if (section.isEmpty()) {
                    errors.add(new FieldError("sections." + key, "case.section.unknown"));
                } else {
                    texts.put(section.get(), text);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return new CaseCommand(
                type,
                title,
                outcome,
                topicList,
                skillList,
                new CaseContext(size, industry, region, c.teamSize(), c.year()),
                licence,
                vendorDisclosure,
                attribution,
                roleDescriptor,
                texts,
                version,
                approverEmail,
                embargo);
    }

    private static Instant instant(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "case.embargoUntil.invalid"));
            return null;
        }
    }

    private static <E extends Vocabulary> List<E> words(
            Class<E> type, List<String> slugs, String field, List<FieldError> errors) {
        if (slugs == null) {
            return List.of();
        }
        List<E> words = new ArrayList<>();
        for (String slug : slugs) {
            // A retired word the case already carried may stay; authoring refuses one newly added, naming the field.
            Vocabulary.fromSlug(type, slug)
                    .ifPresentOrElse(words::add, () -> errors.add(new FieldError(field, "api.unknownValue")));
        }
        return words;
    }

    private static <T> T word(
            String slug, Function<String, Optional<T>> lookup, String field, List<FieldError> errors) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        Optional<T> value = lookup.apply(slug);
        if (value.isEmpty()) {
            errors.add(new FieldError(field, "api.unknownValue"));
        }
        return value.orElse(null);
    }
}
