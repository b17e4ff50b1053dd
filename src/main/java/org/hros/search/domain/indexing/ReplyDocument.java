package org.hros.search.domain.indexing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;

/**
 * What search knows of one reply in a public discussion: its words and what it is part of. Never its author, so
 * that the author of a case that does not name them cannot be found through their replies. Removed replies and
 * replies on cases no longer published have no document.
 */
@Entity
@Table(name = "reply_document")
@Indexed(index = ReplyDocument.INDEX)
class ReplyDocument {

    static final String INDEX = "replies";

    @Id
    private Long id;

    @KeywordField
    private String subjectType;

    @GenericField
    private long subjectId;

    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String body;

    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    protected ReplyDocument() {}

    ReplyDocument(long id, SubjectRef subject) {
        this.id = id;
        this.subjectType = subject.type().name();
        this.subjectId = subject.id();
    }

    Long id() {
        return id;
    }

    SubjectRef subject() {
        return new SubjectRef(SubjectType.valueOf(subjectType), subjectId);
    }

    void describe(String body, Instant createdAt) {
        this.body = body == null ? "" : body;
        this.createdAt = createdAt;
    }

    /** Every word without stemming, for typo tolerance. */
    @FullTextField(
            name = SearchFields.PLAIN,
            analyzer = SearchAnalysis.PLAIN,
            projectable = Projectable.NO,
            termVector = TermVector.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    String getPlainText() {
        return body;
    }
}
