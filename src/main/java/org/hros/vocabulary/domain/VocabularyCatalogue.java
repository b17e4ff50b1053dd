package org.hros.vocabulary.domain;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Optional;
import org.hros.shared.Quadrant;
import org.hros.shared.Vocabulary;
import org.hros.shared.VocabularyKind;
import org.hros.vocabulary.TermView;
import org.springframework.stereotype.Service;

/**
 * The community's words, read through the cache: the active ones in the admins' order for forms and filters, labels
 * and descriptions for pages, and the resolution of an old slug (renamed or merged) to the word it names now. It is
 * the catalogue every module checks words against through {@link Vocabulary}.
 */
@Service
public class VocabularyCatalogue implements Vocabulary.Catalogue {

    private final CatalogueStore store;

    VocabularyCatalogue(CatalogueStore store) {
        this.store = store;
        Vocabulary.install(this);
    }

    @PreDestroy
    void stop() {
        Vocabulary.uninstall(this);
    }

    /** Every word of a kind, retired ones included, in order. */
    public List<TermView> all(VocabularyKind kind) {
        return store.load().all(kind);
    }

    /** The words to offer, in order. */
    public List<TermView> activeTerms(VocabularyKind kind) {
        return store.load().active(kind);
    }

    /** The word with exactly this slug (no redirects). */
    public Optional<TermView> term(VocabularyKind kind, String slug) {
        return store.load().term(kind, slug);
    }

    /** The word a slug names now, following renames and merges. */
    public Optional<TermView> current(VocabularyKind kind, String slug) {
        return store.load().resolve(kind, slug);
    }

    @Override
    public Optional<String> resolve(VocabularyKind kind, String slug) {
        return current(kind, slug).map(TermView::slug);
    }

    @Override
    public boolean isActive(VocabularyKind kind, String slug) {
        return term(kind, slug).filter(t -> !t.retired()).isPresent();
    }

    @Override
    public List<String> active(VocabularyKind kind) {
        return activeTerms(kind).stream().map(TermView::slug).toList();
    }

    @Override
    public Optional<Quadrant> quadrant(VocabularyKind kind, String slug) {
        return term(kind, slug).map(TermView::quadrant);
    }

    /** The label of a word, or its slug if the word is not (or no longer) in the list. */
    public String label(VocabularyKind kind, String slug) {
        return term(kind, slug).map(TermView::label).orElse(slug);
    }
}
