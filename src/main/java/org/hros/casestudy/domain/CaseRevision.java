package org.hros.casestudy.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.shared.MarkdownRenderer;
import org.hros.shared.Vocabulary;

/** A published snapshot of a case. Never changed after it is written, except to stop being the current one. */
@Entity
class CaseRevision {

    static final int EXCERPT_LENGTH = 280;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private int revisionNo;
    private boolean current;

    @Enumerated(EnumType.STRING)
    private CaseType type;

    private String title;
    private String slug;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Embedded
    private ContextColumns context = ContextColumns.of(CaseContext.EMPTY);

    @Enumerated(EnumType.STRING)
    private Licence licence;

    private String vendorDisclosure;
    private String excerpt;
    private Instant publishedAt;
    private Long editorId;

    @ElementCollection
    @CollectionTable(name = "case_revision_section", joinColumns = @JoinColumn(name = "revision_id"))
    @MapKeyColumn(name = "section")
    private Map<String, SectionText> sections = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "case_revision_topic", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "topic")
    private Set<String> topics = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_revision_skill", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "skill")
    private Set<String> skills = new HashSet<>();

    protected CaseRevision() {}

    static CaseRevision of(CaseStudy c, Long editorId, Instant now) {
        CaseRevision r = new CaseRevision();
        r.caseId = c.id();
        r.revisionNo = c.publishedRevision();
        r.current = true;
        r.type = c.type();
        r.title = c.title();
        r.slug = c.slug();
        r.outcome = c.outcome();
        r.context = ContextColumns.of(c.context());
        r.licence = c.licence();
        r.vendorDisclosure = c.vendorDisclosure();
        r.publishedAt = now;
        r.editorId = editorId;
        r.sections.putAll(c.sectionTexts());
        r.topics.addAll(Vocabulary.slugs(c.topics()));
        r.skills.addAll(Vocabulary.slugs(c.skills()));
        Section lead = c.type() == CaseType.SPARK ? Section.WHY : Section.SUMMARY;
        r.excerpt = MarkdownRenderer.toPlainText(c.html(lead), EXCERPT_LENGTH);
        return r;
    }

    void supersede() {
        current = false;
    }

    long caseId() {
        return caseId;
    }

    int revisionNo() {
        return revisionNo;
    }
}
