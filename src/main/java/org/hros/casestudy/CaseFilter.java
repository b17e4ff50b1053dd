package org.hros.casestudy;

import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/** What a reader narrows the library to; {@code null} means any. */
public record CaseFilter(
        CaseType type, Outcome outcome, Topic topic, Skill skill, Industry industry, SizeBand size, Region region) {

    public static final CaseFilter ANY = new CaseFilter(null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(ANY);
    }
}
