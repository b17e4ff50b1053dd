package org.hros.track;

import java.util.List;
import org.hros.shared.Skill;

/** A track as composed, checked: its title, skill, summary and steps in order. */
public record TrackCommand(String title, Skill skill, String summary, boolean sample, List<StepCommand> steps) {

    public TrackCommand {
        steps = List.copyOf(steps);
    }
}
