package org.hros.redaction.internal;

import java.time.Duration;
import org.hros.redaction.RedactionScanner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One scanner for the application, with the shipped word lists loaded once and the named-entity model loading
 * in the background from start-up ({@code hros.redaction.model.enabled=false} runs the rules alone).
 */
@Configuration(proxyBeanMethods = false)
class RedactionConfiguration {

    @Bean
    RedactionScanner redactionScanner(
            @Value("${hros.redaction.model.enabled:true}") boolean modelEnabled,
            @Value("${hros.redaction.model.wait:PT10S}") Duration modelWait) {
        WordLists lists = WordLists.shipped();
        return modelEnabled ? RedactionEngine.withModel(lists, modelWait) : RedactionEngine.rulesOnly(lists);
    }
}
