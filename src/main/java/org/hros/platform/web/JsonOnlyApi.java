package org.hros.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON. The YAML, Smile and CBOR converters that libraries on the class path would switch on are
 * taken out, so a body in those formats gets 415 rather than reaching a parser nobody tests against.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyApi implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters ->
                converters.removeIf(c -> c.getSupportedMediaTypes().stream().anyMatch(JsonOnlyApi::foreign)));
    }

    private static boolean foreign(MediaType type) {
        String subtype = type.getSubtype();
        return subtype.contains("yaml") || subtype.contains("smile") || subtype.contains("cbor");
    }
}
