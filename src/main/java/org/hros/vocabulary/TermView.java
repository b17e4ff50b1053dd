package org.hros.vocabulary;

import org.hros.shared.VocabularyKind;

/** One word of a list as admins and readers see it. */
public record TermView(
        VocabularyKind kind, String slug, String label, String description, int position, boolean retired) {}
