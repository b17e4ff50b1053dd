package org.hros.casestudy;

import java.util.Map;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * How many published cases each choice would give, with the other current choices applied. A choice with no
 * cases is absent.
 */
public record Facets(
        Map<CaseType, Long> types,
        Map<Outcome, Long> outcomes,
        Map<Topic, Long> topics,
        Map<Skill, Long> skills,
        Map<Industry, Long> industries,
        Map<SizeBand, Long> sizes,
        Map<Region, Long> regions) {}
