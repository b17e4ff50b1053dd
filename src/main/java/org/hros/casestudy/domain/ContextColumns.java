package org.hros.casestudy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hros.casestudy.CaseContext;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;

/** Where and when a case happened, as stored on both the working copy and every revision. */
@Embeddable
class ContextColumns {

    @Enumerated(EnumType.STRING)
    private SizeBand sizeBand;

    @Enumerated(EnumType.STRING)
    private Industry industry;

    @Enumerated(EnumType.STRING)
    private Region region;

    private Integer teamSize;

    @Column(name = "context_year")
    private Integer year;

    protected ContextColumns() {}

    static ContextColumns of(CaseContext context) {
        ContextColumns columns = new ContextColumns();
        columns.sizeBand = context.sizeBand();
        columns.industry = context.industry();
        columns.region = context.region();
        columns.teamSize = context.teamSize();
        columns.year = context.year();
        return columns;
    }

    CaseContext toContext() {
        return new CaseContext(sizeBand, industry, region, teamSize, year);
    }
}
