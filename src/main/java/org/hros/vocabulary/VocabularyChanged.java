package org.hros.vocabulary;

import org.hros.shared.PublicPagesChanged;
import org.hros.shared.VocabularyKind;

/**
 * An admin changed a list: labels, order, retirement, a rename or a merge show on pages anyone may read, so kept
 * pages and every node's cached catalogue are forgotten.
 */
public record VocabularyChanged(VocabularyKind kind, String slug) implements PublicPagesChanged {}
