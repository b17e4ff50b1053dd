package org.hros.casestudy;

import java.time.Instant;
import java.util.List;
import org.hros.shared.Industry;
import org.hros.shared.SizeBand;
import org.hros.shared.Topic;

/** A published case in a listing. */
public record CaseCard(
        long id,
        String slug,
        CaseType type,
        String title,
        Outcome outcome,
        String excerpt,
        List<Topic> topics,
        SizeBand sizeBand,
        Industry industry,
        Instant publishedAt,
        AttributionView attribution,
        boolean sample) {

    public String path() {
        return "/cases/" + id + "/" + slug;
    }
}
