package org.hros.request.domain;

import java.util.List;
import org.hros.request.RequestStatus;
import org.hros.shared.Industry;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/** A request as its poster wrote it, Markdown included, for their edit form. */
public record RequestDraft(
        long id,
        String title,
        String description,
        List<Topic> topics,
        List<Skill> skills,
        SizeBand sizeBand,
        Industry industry,
        RequestStatus status) {}
