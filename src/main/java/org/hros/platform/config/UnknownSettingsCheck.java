package org.hros.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stops the start when a {@code hros.*} key is given that no settings record binds: {@code hros.serach.time-limit=2s}
 * would otherwise be ignored, and search would keep its default without a word.
 *
 * <p>Every {@code @ConfigurationProperties} binding passes through this advisor, which notes each {@code hros.*} name
 * that received a value; once every bean is built (so every record is bound) the keys of the configuration are
 * compared with those names. Each module keeps its own record, so no single class has to know all keys. Like Spring
 * Boot's {@code ignoreUnknownFields = false}, environment variables and JVM system properties are not checked:
 * they carry the whole machine's settings, and environment variables map onto names loosely.
 */
@Component
class UnknownSettingsCheck implements ConfigurationPropertiesBindHandlerAdvisor, SmartInitializingSingleton {

    static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("hros");

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    private static final Set<String> NOT_CHECKED = Set.of(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);

    private final ConfigurableEnvironment environment;
    private final Set<ConfigurationPropertyName> bound = ConcurrentHashMap.newKeySet();

    UnknownSettingsCheck(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public BindHandler apply(BindHandler handler) {
        return new AbstractBindHandler(handler) {
            @Override
            public Object onSuccess(
                    ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) {
                if (ROOT.isAncestorOf(name)) {
                    bound.add(name);
                }
                return super.onSuccess(name, target, context, result);
            }
        };
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<UnknownSettingsException.Unknown> unknown = new ArrayList<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable) || notChecked(source)) {
                continue;
            }
            iterable.filter(ROOT::isAncestorOf).stream()
                    .filter(name -> !known(name))
                    .sorted()
                    .forEach(name -> unknown.add(new UnknownSettingsException.Unknown(
                            name.toString(), origin(source.getConfigurationProperty(name)), suggestion(name))));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownSettingsException(unknown);
        }
    }

    private boolean known(ConfigurationPropertyName name) {
        if (bound.contains(name)) {
            return true;
        }
        // An element of a list given by index (hros.auth.addresses-verified-by[0]) binds the list as a whole.
        return name.isLastElementIndexed() && bound.contains(name.chop(name.getNumberOfElements() - 1));
    }

    private static boolean notChecked(ConfigurationPropertySource source) {
        return source.getUnderlyingSource() instanceof PropertySource<?> underlying
                && NOT_CHECKED.contains(underlying.getName());
    }

    private static String origin(ConfigurationProperty property) {
        if (property == null || property.getOrigin() == null) {
            return null;
        }
        // A file says where (file, line and column); a source without lines says its name.
        return property.getOrigin() instanceof PropertySourceOrigin source
                ? "property source " + source.getPropertySource().getName()
                : property.getOrigin().toString();
    }

    /**
     * The key that was meant, when a known key is a couple of typing slips away. The known keys are those the build
     * described in the configuration metadata, and those bound here.
     */
    private String suggestion(ConfigurationPropertyName name) {
        String given = name.toString();
        Set<String> known = new TreeSet<>(describedKeys());
        bound.forEach(key -> known.add(key.toString()));
        Optional<String> nearest = known.stream()
                .filter(candidate -> !candidate.equals(given))
                .min(Comparator.comparingInt((String candidate) -> distance(given, candidate))
                        .thenComparing(Comparator.naturalOrder()));
        return nearest.filter(candidate -> distance(given, candidate) <= Math.max(2, given.length() / 8))
                .orElse(null);
    }

    private static Set<String> describedKeys() {
        Set<String> keys = new TreeSet<>();
        try {
            Enumeration<URL> files = UnknownSettingsCheck.class.getClassLoader().getResources(METADATA);
            JsonMapper json = JsonMapper.builder().build();
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        String key = property.path("name").asString();
                        if (key.startsWith("hros.")) {
                            keys.add(key);
                        }
                    }
                }
            }
        } catch (IOException | JacksonException e) {
            // Without the metadata the unknown key is still named, only without a suggestion.
        }
        return keys;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
