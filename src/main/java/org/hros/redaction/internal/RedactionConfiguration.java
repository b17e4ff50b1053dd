package org.hros.redaction.internal;

import org.hros.redaction.RedactionScanner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One scanner for the application, with the shipped word lists loaded once and the named-entity model loading
 * in the background once the application has started, or at the first scan if that comes earlier
 * ({@code hros.redaction.model.enabled=false} runs the rules alone).
 */
@Configuration(proxyBeanMethods = false)
class RedactionConfiguration {

    @Bean
    RedactionScanner redactionScanner(RedactionProperties redactionProperties) {
        WordLists lists = WordLists.shipped();
        RedactionProperties.Model model = redactionProperties.model();
        return model.enabled() ? RedactionEngine.withModel(lists, model.waitFor()) : RedactionEngine.rulesOnly(lists);
    }

    /** After start, not during it: on two cores the model's second of loading would slow the start down. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> namedEntityModelAfterStart(RedactionScanner scanner) {
        return event -> {
            if (scanner instanceof RedactionEngine engine) {
                engine.startLoadingModel();
            }
        };
    }
}
