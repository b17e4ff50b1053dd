package org.hros.vocabulary.web;

import org.hros.shared.Vocabulary;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Forms that bind words ({@code List<Topic> topics}) take only what they offer: an active word, or an old slug of one.
 * A retired or unknown word fails binding, so the form answers 400 with the field's message and nothing is saved.
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
                        : Vocabulary.forNewContent(type, slug.strip())
                                .orElseThrow(() -> new IllegalArgumentException("no such word"));
            }
        });
    }
}
