package org.hros.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.annotation.AnnotationUtils;

/** A settings record bound as the application binds it, from its defaults and the given {@code key=value} pairs. */
public final class Settings {

    private Settings() {}

    public static <T> T bind(Class<T> type, String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String keyValue : keyValues) {
            int equals = keyValue.indexOf('=');
            values.put(keyValue.substring(0, equals), keyValue.substring(equals + 1));
        }
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix(type), type);
    }

    public static String prefix(Class<?> type) {
        ConfigurationProperties annotation = AnnotationUtils.findAnnotation(type, ConfigurationProperties.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type + " is not a settings record");
        }
        return annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
    }
}
