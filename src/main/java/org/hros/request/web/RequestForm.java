package org.hros.request.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hros.request.RequestCommand;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.Industry;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

/**
 * The request form. Choices arrive as the slugs the form sends and are looked up here, so that an unknown one is
 * reported next to its field together with every other problem; the agenda's rules check the rest.
 */
public record RequestForm(
        String title, String description, List<String> topics, List<String> skills, String sizeBand, String industry) {

    static RequestForm blank() {
        return new RequestForm("", "", List.of(), List.of(), null, null);
    }

    static RequestForm of(org.hros.request.domain.RequestDraft d) {
        return new RequestForm(
                d.title(),
                d.description(),
                d.topics().stream().map(Topic::slug).toList(),
                d.skills().stream().map(Skill::slug).toList(),
                d.sizeBand() == null ? null : d.sizeBand().slug(),
                d.industry() == null ? null : d.industry().slug());
    }

    RequestCommand command() {
        return new RequestCommand(
                title,
                description,
                all(Topic.class, topics),
                all(Skill.class, skills),
                one(SizeBand.class, sizeBand).orElse(null),
                one(Industry.class, industry).orElse(null));
    }

    /** A problem for each field that holds a choice the form never offered. */
    List<FieldError> unknownChoices() {
        List<FieldError> errors = new ArrayList<>();
        if (all(Topic.class, topics).size() != names(topics).size()) {
            errors.add(new FieldError("topics", "typeMismatch"));
        }
        if (all(Skill.class, skills).size() != names(skills).size()) {
            errors.add(new FieldError("skills", "typeMismatch"));
        }
        if (present(sizeBand) && one(SizeBand.class, sizeBand).isEmpty()) {
            errors.add(new FieldError("sizeBand", "typeMismatch"));
        }
        if (present(industry) && one(Industry.class, industry).isEmpty()) {
            errors.add(new FieldError("industry", "typeMismatch"));
        }
        return errors;
    }

    /** The words the form holds (those the request carries, or those sent), which it offers again even if retired. */
    public List<Topic> topicWords() {
        return all(Topic.class, topics);
    }

    public List<Skill> skillWords() {
        return all(Skill.class, skills);
    }

    public SizeBand sizeBandWord() {
        return one(SizeBand.class, sizeBand).orElse(null);
    }

    public Industry industryWord() {
        return one(Industry.class, industry).orElse(null);
    }

    public boolean has(Topic topic) {
        return topics != null && topics.contains(topic.slug());
    }

    public boolean has(Skill skill) {
        return skills != null && skills.contains(skill.slug());
    }

    public boolean is(SizeBand size) {
        return size.slug().equals(sizeBand);
    }

    public boolean is(Industry value) {
        return value.slug().equals(industry);
    }

    private static List<String> names(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(RequestForm::present).toList();
    }

    private static <E extends Vocabulary> List<E> all(Class<E> type, List<String> values) {
        return names(values).stream().flatMap(v -> one(type, v).stream()).toList();
    }

    /**
     * A word of the lists (an old slug finds its word), never an unknown one. A retired word is taken here because
     * the edit form offers those the request carries; the agenda refuses one newly added.
     */
    private static <E extends Vocabulary> Optional<E> one(Class<E> type, String value) {
        if (!present(value)) {
            return Optional.empty();
        }
        return Vocabulary.fromSlug(type, value.strip());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
