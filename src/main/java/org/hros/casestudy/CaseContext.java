package org.hros.casestudy;

import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;

/**
 * Where and when a case happened. Bands and regions, never exact figures that could identify a company.
 *
 * @param sizeBand company headcount band
 * @param industry the company's industry
 * @param region where it happened
 * @param teamSize the size of the recruiting or HR team involved
 * @param year the year it happened
 */
public record CaseContext(SizeBand sizeBand, Industry industry, Region region, Integer teamSize, Integer year) {

    public static final CaseContext EMPTY = new CaseContext(null, null, null, null, null);
}
