package org.hros.vocabulary.web;

import org.hros.vocabulary.TermView;
import org.hros.vocabulary.domain.TermCommand;

/**
 * A word as typed in the admins' add and edit forms; kept as typed when it comes back with problems. {@code quadrant}
 * is a quadrant's slug, asked for topics and skills only.
 */
public record TermForm(String slug, String label, String description, String quadrant) {

    static TermForm blank() {
        return new TermForm("", "", "", "");
    }

    static TermForm of(TermView term) {
        return new TermForm(
                term.slug(),
                term.label(),
                term.description(),
                term.quadrant() == null ? "" : term.quadrant().slug());
    }

    TermCommand command() {
        return new TermCommand(slug, label, description, quadrant);
    }
}
