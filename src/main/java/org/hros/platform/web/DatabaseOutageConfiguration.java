package org.hros.platform.web;

import gg.jte.TemplateEngine;
import jakarta.servlet.DispatcherType;
import org.hros.platform.HrosProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link DatabaseOutageFilter} in front of every other filter, Spring Session's and Spring Security's included. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
            TemplateEngine templates, MessageSource messages, HrosProperties hrosProperties) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(templates, messages, hrosProperties.baseUrl()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }
}
