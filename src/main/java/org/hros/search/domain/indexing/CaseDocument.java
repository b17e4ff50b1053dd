package org.hros.search.domain.indexing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hros.casestudy.Section;
import org.hros.search.domain.analysis.SearchAnalysis;

/**
 * What search knows of one published case: its current revision's words and context, and how helpful readers
 * found it. Never its author: result cards and attribution are read live from the case library.
 */
@Entity
@Table(name = "case_document")
@Indexed(index = CaseDocument.INDEX)
class CaseDocument {

    static final String INDEX = "cases";

    @Id
    private Long id;

    private int revision;

    @KeywordField(aggregable = Aggregable.YES)
    private String type;

    @KeywordField(aggregable = Aggregable.YES)
    private String outcome;

    private String topics = "";

    private String skills = "";

    @KeywordField(aggregable = Aggregable.YES)
    private String industry;

    @KeywordField(name = "size", aggregable = Aggregable.YES)
    @Column(name = "size_band")
    private String sizeBand;

    @KeywordField(aggregable = Aggregable.YES)
    private String region;

    @GenericField(name = "year", aggregable = Aggregable.YES)
    @Column(name = "context_year")
    private Integer year;

    @KeywordField(aggregable = Aggregable.YES)
    private String licence;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @FullTextField(
            name = SearchFields.SUGGEST,
            analyzer = SearchAnalysis.AUTOCOMPLETE,
            searchAnalyzer = SearchAnalysis.PLAIN,
            projectable = Projectable.NO)
    private String title;

    /** The labels of its topics, skills and industry, so that a search for "sourcing" finds cases tagged so. */
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    private String tags;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String summary;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String challenge;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @Column(name = "what_we_did")
    private String whatWeDid;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String results;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String wrong;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String lucky;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String differently;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String lessons;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String why;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String what;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String how;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String learnings;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String resources;

    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    @GenericField(sortable = Sortable.YES)
    private long helpful;

    /**
     * The sentence embedding of {@link #gist()}; a vector field on the Lucene backend ({@link SemanticMapping}).
     * {@code null} until computed.
     */
    private float[] embedding;

    /** The revision the embedding was computed from, so a refresh of the same revision keeps it. */
    @Column(name = "embedded_revision")
    private Integer embeddedRevision;

    protected CaseDocument() {}

    CaseDocument(long id) {
        this.id = id;
    }

    Long id() {
        return id;
    }

    int revision() {
        return revision;
    }

    void revision(int revision) {
        this.revision = revision;
    }

    void describe(
            String type,
            String outcome,
            List<String> topics,
            List<String> skills,
            String industry,
            String sizeBand,
            String region,
            Integer year,
            String licence,
            String title,
            String tags,
            Instant publishedAt) {
        this.type = type;
        this.outcome = outcome;
        this.topics = String.join(",", topics);
        this.skills = String.join(",", skills);
        this.industry = industry;
        this.sizeBand = sizeBand;
        this.region = region;
        this.year = year;
        this.licence = licence;
        this.title = title;
        this.tags = tags;
        this.publishedAt = publishedAt;
    }

    /** Sets every section at once; a section not given is empty. */
    void sections(java.util.Map<Section, String> texts) {
        for (Section s : Section.values()) {
            section(s, texts.get(s));
        }
    }

    private void section(Section s, String text) {
        switch (s) {
            case SUMMARY -> summary = text;
            case CHALLENGE -> challenge = text;
            case WHAT_WE_DID -> whatWeDid = text;
            case RESULTS -> results = text;
            case WRONG -> wrong = text;
            case LUCKY -> lucky = text;
            case DIFFERENTLY -> differently = text;
            case LESSONS -> lessons = text;
            case WHY -> why = text;
            case WHAT -> what = text;
            case HOW -> how = text;
            case LEARNINGS -> learnings = text;
            case RESOURCES -> resources = text;
        }
    }

    String section(Section s) {
        return switch (s) {
            case SUMMARY -> summary;
            case CHALLENGE -> challenge;
            case WHAT_WE_DID -> whatWeDid;
            case RESULTS -> results;
            case WRONG -> wrong;
            case LUCKY -> lucky;
            case DIFFERENTLY -> differently;
            case LESSONS -> lessons;
            case WHY -> why;
            case WHAT -> what;
            case HOW -> how;
            case LEARNINGS -> learnings;
            case RESOURCES -> resources;
        };
    }

    void helpful(long helpful) {
        this.helpful = helpful;
    }

    float[] embedding() {
        return embedding;
    }

    boolean needsEmbedding() {
        return embedding == null || embeddedRevision == null || embeddedRevision != revision;
    }

    void embedding(float[] vector) {
        this.embedding = vector;
        this.embeddedRevision = vector == null ? null : revision;
    }

    /**
     * What the case is about, in its own first words: the title, then the summary and the challenge (a Spark's
     * why and what), cut to about {@link #GIST_WORDS} words. Embedding the whole text would blur it; the
     * sections that state the problem are the ones a member's question resembles.
     */
    String gist() {
        StringBuilder text = new StringBuilder(title == null ? "" : title).append(". ");
        for (String part : new String[] {summary, challenge, why, what}) {
            if (part != null && !part.isBlank()) {
                text.append(part.strip()).append(' ');
            }
        }
        String[] words = text.toString().strip().split("\\s+");
        return words.length <= GIST_WORDS
                ? String.join(" ", words)
                : String.join(" ", Arrays.copyOf(words, GIST_WORDS));
    }

    static final int GIST_WORDS = 180;

    /** The topics as facet values (slugs). */
    @KeywordField(name = "topics", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "topics")))
    List<String> getTopicList() {
        return split(topics);
    }

    /** The skills as facet values (slugs). */
    @KeywordField(name = "skills", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "skills")))
    List<String> getSkillList() {
        return split(skills);
    }

    /**
     * Every word of the case, twice: without stemming ({@code plain}) for typo tolerance, exact phrases, "did you
     * mean" and related cases; stemmed ({@code text}) for ranking, so that a word's weight saturates over the
     * whole case as BM25 intends rather than adding up section by section. The section texts are indexed on their
     * own too, so that a match can name its section.
     */
    @FullTextField(
            name = SearchFields.PLAIN,
            analyzer = SearchAnalysis.PLAIN,
            projectable = Projectable.NO,
            termVector = TermVector.NO)
    @FullTextField(
            name = SearchFields.TEXT,
            analyzer = SearchAnalysis.ENGLISH,
            projectable = Projectable.NO,
            termVector = TermVector.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "summary")),
                @ObjectPath(@PropertyValue(propertyName = "challenge")),
                @ObjectPath(@PropertyValue(propertyName = "whatWeDid")),
                @ObjectPath(@PropertyValue(propertyName = "results")),
                @ObjectPath(@PropertyValue(propertyName = "wrong")),
                @ObjectPath(@PropertyValue(propertyName = "lucky")),
                @ObjectPath(@PropertyValue(propertyName = "differently")),
                @ObjectPath(@PropertyValue(propertyName = "lessons")),
                @ObjectPath(@PropertyValue(propertyName = "why")),
                @ObjectPath(@PropertyValue(propertyName = "what")),
                @ObjectPath(@PropertyValue(propertyName = "how")),
                @ObjectPath(@PropertyValue(propertyName = "learnings")),
                @ObjectPath(@PropertyValue(propertyName = "resources"))
            })
    String getPlainText() {
        return text();
    }

    /** The title and every section, as one text. */
    String text() {
        return Stream.concat(Stream.of(title), Arrays.stream(Section.values()).map(this::section))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }

    List<String> topicSlugs() {
        return split(topics);
    }

    List<String> skillSlugs() {
        return split(skills);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
