package org.hros.platform.pagecache;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link PageCacheHitFilter} first among the servlet filters (Micrometer's observation filter comes at
 * {@code HIGHEST_PRECEDENCE + 1}, Spring Session's at {@code + 50}, the database-outage guard at {@code + 10}, Spring
 * Security's chain later), on the request dispatch only: error pages and forwards are never answered from it.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Bean
    FilterRegistrationBean<PageCacheHitFilter> pageCacheHitFilter(
            PageCache cache, LocaleResolver localeResolver, List<ServedFromCache> servedFromCache) {
        FilterRegistrationBean<PageCacheHitFilter> registration =
                new FilterRegistrationBean<>(new PageCacheHitFilter(cache, localeResolver, servedFromCache));
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setEnabled(cache.enabled());
        return registration;
    }
}
