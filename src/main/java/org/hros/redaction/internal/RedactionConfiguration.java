package org.hros.redaction.internal;

import org.hros.redaction.RedactionScanner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One scanner for the application, with the shipped word lists loaded once. */
@Configuration(proxyBeanMethods = false)
class RedactionConfiguration {

    @Bean
    RedactionScanner redactionScanner() {
        return new RedactionEngine(WordLists.shipped());
    }
}
