package org.hros.redaction.internal;

import org.hros.redaction.RedactionScanner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One scanner for the application, built at the first scan with the shipped word lists, and the named-entity model
 * loading in the background from then on (about 100 MB of heap that a node where nobody checks a draft never
 * spends), or once the application has started with {@code hros.redaction.model.preload=true}
 * ({@code hros.redaction.model.enabled=false} runs the rules alone).
 */
@Configuration(proxyBeanMethods = false)
class RedactionConfiguration {

    @Bean
    RedactionScanner redactionScanner(RedactionProperties redactionProperties) {
        RedactionProperties.Model model = redactionProperties.model();
        return new LazyScanner(() -> {
            WordLists lists = WordLists.shipped();
            return model.enabled()
                    ? RedactionEngine.withModel(lists, model.waitFor())
                    : RedactionEngine.rulesOnly(lists);
        });
    }

    /** After start, not during it: on two cores the model's second of loading would slow the start down. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> namedEntityModelAfterStart(
            RedactionScanner scanner, RedactionProperties redactionProperties) {
        return event -> {
            if (redactionProperties.model().preload() && scanner instanceof LazyScanner lazy) {
                Thread preload = new Thread(() -> lazy.engine().startLoadingModel(), "redaction-preload");
                preload.setDaemon(true);
                preload.start();
            }
        };
    }
}
