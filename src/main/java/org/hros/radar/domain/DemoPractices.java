package org.hros.radar.domain;

import java.util.List;
import java.util.Set;
import org.hros.shared.Quadrant;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A handful of practices for the demo community, added once when there are none yet. */
@Component
@Profile("demo")
class DemoPractices {

    private final Practices practices;
    private final RadarRefresh radar;

    DemoPractices(Practices practices, RadarRefresh radar) {
        this.practices = practices;
        this.radar = radar;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void seed() {
        if (!practices.all().isEmpty()) {
            return;
        }
        practices.add(new PracticeCommand(
                "Structured interviews",
                "The same questions, asked in the same order, scored against a rubric agreed before the first"
                        + " interview.",
                Quadrant.SOURCING_HIRING,
                Set.of(),
                Set.of(Skill.of("structured-interviewing")),
                List.of("structured interview", "scorecard", "rubric")));
        practices.add(new PracticeCommand(
                "Skills-based hiring",
                "Hiring for what people can do rather than the degrees and titles they hold.",
                Quadrant.SOURCING_HIRING,
                Set.of(),
                Set.of(),
                List.of("skills-based", "skills based", "degree requirement", "work sample")));
        practices.add(new PracticeCommand(
                "AI screening",
                "Software that ranks or rejects applicants before a person reads them.",
                Quadrant.TOOLS_DATA,
                Set.of(),
                Set.of(),
                List.of("ai screening", "chatbot", "automated screening", "ai sourcing")));
        practices.add(new PracticeCommand(
                "Pay ranges in ads",
                "Publishing the salary range in every job advertisement.",
                Quadrant.EMPLOYER_BRAND,
                Set.of(),
                Set.of(),
                List.of("pay range", "salary range", "pay transparency")));
        practices.add(new PracticeCommand(
                "Employee advocacy",
                "Colleagues sharing their own stories of work on their own channels.",
                Quadrant.EMPLOYER_BRAND,
                Set.of(Topic.of("talent-marketing")),
                Set.of(),
                List.of("advocacy", "ambassador")));
        radar.refresh();
    }
}
