package org.hros.vocabulary.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import org.hros.shared.VocabularyKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.AbstractMessageSource;

/**
 * Answers the message keys of words ({@code vocabulary.topic.sourcing}) from the catalogue, so every template, mail,
 * feed and index that shows a word's label through the message source shows the admins' label. It is the parent of
 * the application's message source: {@code messages.properties} has no such keys, so they fall through to it.
 */
class VocabularyLabels extends AbstractMessageSource {

    private static final String PREFIX = "vocabulary.";

    private final ObjectProvider<VocabularyCatalogue> catalogue;

    VocabularyLabels(ObjectProvider<VocabularyCatalogue> catalogue) {
        this.catalogue = catalogue;
        setAlwaysUseMessageFormat(false);
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        return label(code).orElse(null);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        return label(code)
                .map(l -> new MessageFormat(l.replace("'", "''"), locale))
                .orElse(null);
    }

    private Optional<String> label(String code) {
        if (code == null || !code.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = code.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        Optional<VocabularyKind> kind = VocabularyKind.fromSlug(rest.substring(0, dot));
        VocabularyCatalogue words = catalogue.getIfAvailable();
        if (kind.isEmpty() || words == null) {
            return Optional.empty();
        }
        String slug = rest.substring(dot + 1);
        // A stored word missing from the list (never expected) shows as its slug rather than as a key.
        return Optional.of(words.term(kind.get(), slug).map(t -> t.label()).orElse(slug));
    }
}
