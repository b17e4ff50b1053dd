package org.hros.platform.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

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

    private static final Set<String> NOT_CHECKED = Set.of(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);

    private final ConfigurableEnvironment environment;
    private final Set<ConfigurationPropertyName> bound = ConcurrentHashMap.newKeySet();
    private final Set<ConfigurationPropertyName> attempted = ConcurrentHashMap.newKeySet();

    UnknownSettingsCheck(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public BindHandler apply(BindHandler handler) {
        return new AbstractBindHandler(handler) {
            @Override
            public <T> Bindable<T> onStart(ConfigurationPropertyName name, Bindable<T> target, BindContext context) {
                if (ROOT.isAncestorOf(name)) {
                    attempted.add(name);
                }
                return super.onStart(name, target, context);
            }

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
        return property == null || property.getOrigin() == null
                ? null
                : property.getOrigin().toString();
    }

    /** The key that was meant, when one known key is a couple of typing slips away. */
    private String suggestion(ConfigurationPropertyName name) {
        String given = name.toString();
        Optional<String> nearest = attempted.stream()
                .map(ConfigurationPropertyName::toString)
                .filter(candidate -> !candidate.equals(given))
                .min(Comparator.comparingInt((String candidate) -> distance(given, candidate))
                        .thenComparing(Comparator.naturalOrder()));
        return nearest.filter(candidate -> distance(given, candidate) <= Math.max(2, given.length() / 8))
                .orElse(null);
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
