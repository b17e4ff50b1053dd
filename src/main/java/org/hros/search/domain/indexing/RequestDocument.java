package org.hros.search.domain.indexing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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
import org.hros.search.domain.analysis.SearchAnalysis;

/**
 * What search knows of one request: its words, tags, status and votes. Never who posted it; a request merged into
 * another as a duplicate has no document. Result cards are read live from the agenda.
 */
@Entity
@Table(name = "request_document")
@Indexed(index = RequestDocument.INDEX)
class RequestDocument {

    static final String INDEX = "requests";

    @Id
    private Long id;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String title;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String description;

    /** The labels of its topics, skills and industry. */
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    private String tags;

    private String topics = "";

    private String skills = "";

    @KeywordField(aggregable = Aggregable.YES)
    private String status;

    @GenericField(sortable = Sortable.YES)
    private long votes;

    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    protected RequestDocument() {}

    RequestDocument(long id) {
        this.id = id;
    }

    Long id() {
        return id;
    }

    void describe(
            String title,
            String description,
            String tags,
            List<String> topics,
            List<String> skills,
            String status,
            long votes,
            Instant createdAt) {
        this.title = title;
        this.description = description;
        this.tags = tags;
        this.topics = String.join(",", topics);
        this.skills = String.join(",", skills);
        this.status = status;
        this.votes = votes;
        this.createdAt = createdAt;
    }

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

    /** Every word without stemming, for typo tolerance. */
    @FullTextField(
            name = SearchFields.PLAIN,
            analyzer = SearchAnalysis.PLAIN,
            projectable = Projectable.NO,
            termVector = TermVector.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "description"))
            })
    String getPlainText() {
        return Stream.of(title, description).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
