package org.hros.casestudy.domain;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.Section;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.Vocabulary;

/**
 * What a case must satisfy: limits on every save (a draft may be incomplete, never oversized), and
 * completeness on submission. Field names match the form and the API.
 */
final class CaseRules {

    static final int MAX_TITLE = 160;
    static final int MIN_TITLE = 3;
    static final int MAX_TOPICS = 3;
    static final int MAX_SKILLS = 5;
    static final int MAX_DISCLOSURE = 2000;
    static final int MAX_ROLE = 120;
    static final int MAX_EMAIL = 254;

    /** An address with one @, something on either side, and a dot in the domain; the mail server says the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private CaseRules() {}

    static void checkSave(CaseCommand c, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        if (c.type() == null) {
            errors.add(new FieldError("type", "case.type.required"));
        }
        String title = c.title() == null ? "" : c.title().strip();
        if (title.length() < MIN_TITLE) {
            errors.add(new FieldError("title", "case.title.required"));
        } else if (title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "case.title.tooLong"));
        }
        if (c.topics().size() > MAX_TOPICS) {
            errors.add(new FieldError("topics", "case.topics.tooMany"));
        }
        if (c.skills().size() > MAX_SKILLS) {
            errors.add(new FieldError("skills", "case.skills.tooMany"));
        }
        if (c.vendorDisclosure() != null && c.vendorDisclosure().length() > MAX_DISCLOSURE) {
            errors.add(new FieldError("vendorDisclosure", "case.vendorDisclosure.tooLong"));
        }
        if (c.roleDescriptor() != null && c.roleDescriptor().length() > MAX_ROLE) {
            errors.add(new FieldError("roleDescriptor", "case.roleDescriptor.tooLong"));
        }
        Integer team = c.context().teamSize();
        if (team != null && (team < 1 || team > 100_000)) {
            errors.add(new FieldError("teamSize", "case.teamSize.range"));
        }
        Integer year = c.context().year();
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        if (year != null && (year < 1990 || year > thisYear + 1)) {
            errors.add(new FieldError("year", "case.year.range"));
        }
        String approver = c.approverEmail();
        if (approver != null && approver.length() > MAX_EMAIL) {
            errors.add(new FieldError("approverEmail", "case.approverEmail.tooLong"));
        } else if (approver != null && !EMAIL.matcher(approver).matches()) {
            errors.add(new FieldError("approverEmail", "case.approverEmail.invalid"));
        }
        if (c.embargoUntil() != null && !c.embargoUntil().isAfter(clock.instant())) {
            errors.add(new FieldError("embargoUntil", "case.embargoUntil.past"));
        }
        for (Map.Entry<Section, String> e : c.sections().entrySet()) {
            if (e.getValue() != null && e.getValue().length() > Section.MAX_LENGTH) {
                errors.add(new FieldError(e.getKey().key(), "case.section.tooLong"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
    }

    /**
     * The words of a save against those the case carried ({@code before}, null for a new case): a retired word the
     * case already had stays, a retired word newly chosen is refused under its field.
     */
    static void checkWords(CaseCommand c, CaseStudy before) {
        CaseContext had = before == null ? CaseContext.EMPTY : before.context();
        CaseContext now = c.context();
        List<FieldError> errors = new ArrayList<>();
        if (Vocabulary.addsRetired(c.topics(), before == null ? List.of() : before.topics())) {
            errors.add(new FieldError("topics", "word.retired"));
        }
        if (Vocabulary.addsRetired(c.skills(), before == null ? List.of() : before.skills())) {
            errors.add(new FieldError("skills", "word.retired"));
        }
        if (Vocabulary.addsRetired(now.sizeBand(), had.sizeBand())) {
            errors.add(new FieldError("sizeBand", "word.retired"));
        }
        if (Vocabulary.addsRetired(now.industry(), had.industry())) {
            errors.add(new FieldError("industry", "word.retired"));
        }
        if (Vocabulary.addsRetired(now.region(), had.region())) {
            errors.add(new FieldError("region", "word.retired"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
    }

    /** The limits of one field after a change to it alone (a replacement the author accepted). */
    static void checkField(String field, String text) {
        String code = null;
        if (CaseStudy.TITLE.equals(field)) {
            int length = text.strip().length();
            code = length < MIN_TITLE ? "case.title.required" : length > MAX_TITLE ? "case.title.tooLong" : null;
        } else if (CaseStudy.ROLE_DESCRIPTOR.equals(field)) {
            code = text.length() > MAX_ROLE ? "case.roleDescriptor.tooLong" : null;
        } else if (CaseStudy.VENDOR_DISCLOSURE.equals(field)) {
            code = text.length() > MAX_DISCLOSURE ? "case.vendorDisclosure.tooLong" : null;
        } else if (text.length() > Section.MAX_LENGTH) {
            code = "case.section.tooLong";
        }
        if (code != null) {
            throw new FieldErrorsException(List.of(new FieldError(field, code)));
        }
    }

    static void checkSubmission(CaseStudy c) {
        checkSubmission(c, List.of());
    }

    static void checkSubmission(CaseStudy c, List<FieldError> otherErrors) {
        List<FieldError> errors = new ArrayList<>();
        if (c.outcome() == null) {
            errors.add(new FieldError("outcome", "case.outcome.required"));
        }
        if (c.topics().isEmpty()) {
            errors.add(new FieldError("topics", "case.topics.required"));
        }
        if (c.attribution() == AttributionMode.ROLE_ONLY
                && (c.roleDescriptor() == null || c.roleDescriptor().isBlank())) {
            errors.add(new FieldError("roleDescriptor", "case.roleDescriptor.required"));
        }
        for (Section section : Section.of(c.type())) {
            if (section.required() && c.markdown(section).isBlank()) {
                errors.add(new FieldError(section.key(), "case.section.required"));
            }
        }
        errors.addAll(otherErrors);
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
    }
}
