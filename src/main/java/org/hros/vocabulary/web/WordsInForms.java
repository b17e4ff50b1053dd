package org.hros.vocabulary.web;

import org.hros.shared.Vocabulary;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Forms that bind words ({@code List<Topic> topics}) take a word of the lists (an old slug finds its word). An unknown
 * word fails binding, so the form answers 400 with the field's message and nothing is saved. A retired word binds,
 * because an edit form offers the retired words its item already carries; the service that saves the item refuses
 * one that is newly added ({@link Vocabulary#addsRetired}).
 */
@Configuration(proxyBeanMethods = false)
class WordsInForms implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new ConverterFactory<String, Vocabulary>() {
            @Override
            public <T extends Vocabulary> Converter<String, T> getConverter(Class<T> type) {
                return slug -> slug.isBlank()
                        ? null
                        : Vocabulary.fromSlug(type, slug.strip())
                                .orElseThrow(() -> new IllegalArgumentException("no such word"));
            }
        });
    }
}
