package org.hros.casestudy.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.IdentifyingDetails;
import org.hros.casestudy.IdentifyingDetails.Excerpt;
import org.hros.casestudy.IdentifyingDetails.FieldDetails;
import org.hros.casestudy.Section;
import org.hros.member.MemberDirectory;
import org.hros.redaction.AuthorIdentity;
import org.hros.redaction.Finding;
import org.hros.redaction.RedactionScanner;
import org.hros.redaction.Report;
import org.springframework.stereotype.Component;

/**
 * Runs the redaction assistant over everything readers of a case will see (title, sections, role description,
 * vendor disclosure), with the author's own identity and the companies members work for.
 */
@Component
class IdentifiabilityCheck {

    /** How much text to show on each side of a finding. */
    private static final int CONTEXT = 60;

    private final RedactionScanner scanner;
    private final MemberDirectory members;

    IdentifiabilityCheck(RedactionScanner scanner, MemberDirectory members) {
        this.scanner = scanner;
        this.members = members;
    }

    IdentifyingDetails of(CaseStudy c) {
        Map<String, String> texts = texts(c);
        AuthorIdentity author = members.identity(c.authorId())
                .map(m -> new AuthorIdentity(m.displayName(), m.handle(), m.email(), m.company(), m.headline()))
                .orElse(AuthorIdentity.UNKNOWN);
        Report report = scanner.review(texts, author, members.companies());
        List<FieldDetails> fields = new ArrayList<>();
        for (Map.Entry<String, String> field : texts.entrySet()) {
            List<Finding> found = report.findingsIn(field.getKey());
            if (!found.isEmpty()) {
                fields.add(new FieldDetails(
                        field.getKey(),
                        labelKey(field.getKey()),
                        found.stream().map(f -> excerpt(field.getValue(), f)).toList()));
            }
        }
        return new IdentifyingDetails(
                c.id(),
                c.title(),
                c.attribution() == AttributionMode.NAMED,
                c.status().editableByAuthor(),
                report.rating(),
                report.reasonKeys(),
                fields);
    }

    /** The fields readers will see, in the order of the form. */
    private static Map<String, String> texts(CaseStudy c) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(CaseStudy.TITLE, c.title());
        for (Section s : Section.of(c.type())) {
            texts.put(s.key(), c.markdown(s));
        }
        if (c.roleDescriptor() != null) {
            texts.put(CaseStudy.ROLE_DESCRIPTOR, c.roleDescriptor());
        }
        if (c.vendorDisclosure() != null) {
            texts.put(CaseStudy.VENDOR_DISCLOSURE, c.vendorDisclosure());
        }
        return texts;
    }

    private static String labelKey(String field) {
        return switch (field) {
            case CaseStudy.TITLE -> "case.title";
            case CaseStudy.ROLE_DESCRIPTOR -> "case.roleDescriptor";
            case CaseStudy.VENDOR_DISCLOSURE -> "case.vendorDisclosure";
            default -> Section.fromKey(field).map(Section::messageKey).orElse(field);
        };
    }

    static Excerpt excerpt(String text, Finding f) {
        int from = Math.max(0, f.start() - CONTEXT);
        String before = text.substring(from, f.start());
        if (from > 0) {
            int space = before.indexOf(' ');
            before = "…" + (space >= 0 ? before.substring(space + 1) : before);
        }
        int to = Math.min(text.length(), f.end() + CONTEXT);
        String after = text.substring(f.end(), to);
        if (to < text.length()) {
            int space = after.lastIndexOf(' ');
            after = (space > 0 ? after.substring(0, space) : after) + "…";
        }
        return new Excerpt(f, oneLine(before), oneLine(after));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
