package org.hros.casestudy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hros.casestudy.CaseContext;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Vocabulary;

/** Where and when a case happened, as stored on both the working copy and every revision. */
@Embeddable
class ContextColumns {

    // Stored by slug, as every column of the vocabulary is, so a rename or merge moves them with one update.
    private String sizeBand;

    private String industry;

    private String region;

    private Integer teamSize;

    @Column(name = "context_year")
    private Integer year;

    protected ContextColumns() {}

    static ContextColumns of(CaseContext context) {
        ContextColumns columns = new ContextColumns();
        columns.sizeBand = slug(context.sizeBand());
        columns.industry = slug(context.industry());
        columns.region = slug(context.region());
        columns.teamSize = context.teamSize();
        columns.year = context.year();
        return columns;
    }

    CaseContext toContext() {
        return new CaseContext(
                Vocabulary.stored(SizeBand.class, sizeBand),
                Vocabulary.stored(Industry.class, industry),
                Vocabulary.stored(Region.class, region),
                teamSize,
                year);
    }

    private static String slug(Vocabulary word) {
        return word == null ? null : word.slug();
    }
}
