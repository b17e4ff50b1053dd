package org.hros.redaction.internal;

import org.hros.redaction.RedactionScanner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One scanner for the application, with the shipped word lists loaded once and the named-entity model loading
 * in the background from start-up ({@code hros.redaction.model.enabled=false} runs the rules alone).
 */
@Configuration(proxyBeanMethods = false)
class RedactionConfiguration {

    @Bean
    RedactionScanner redactionScanner(RedactionProperties redactionProperties) {
        WordLists lists = WordLists.shipped();
        RedactionProperties.Model model = redactionProperties.model();
        return model.enabled() ? RedactionEngine.withModel(lists, model.waitFor()) : RedactionEngine.rulesOnly(lists);
    }
}
