package org.hros.vocabulary.domain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the catalogue's labels behind the application's message source (Spring Boot's, from
 * {@code messages.properties}): a key the bundle lacks is asked of {@link VocabularyLabels}.
 */
@Configuration(proxyBeanMethods = false)
class VocabularyLabelsConfiguration {

    @Bean
    static BeanPostProcessor vocabularyLabelsBehindMessages(ObjectProvider<VocabularyCatalogue> catalogue) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if ("messageSource".equals(name)
                        && bean instanceof HierarchicalMessageSource messages
                        && messages.getParentMessageSource() == null) {
                    messages.setParentMessageSource(new VocabularyLabels(catalogue));
                }
                return bean;
            }
        };
    }
}
