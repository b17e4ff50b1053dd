package org.hros.vocabulary.web;

import org.hros.vocabulary.TermView;

/** A word as typed in the admins' add and edit forms; kept as typed when it comes back with problems. */
public record TermForm(String slug, String label, String description) {

    static TermForm blank() {
        return new TermForm("", "", "");
    }

    static TermForm of(TermView term) {
        return new TermForm(term.slug(), term.label(), term.description());
    }
}
