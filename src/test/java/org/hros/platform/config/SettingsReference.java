package org.hros.platform.config;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hros.HrosApplication;
import org.hros.support.Settings;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code hros.*} key the settings records bind, with its default as the application sees it when nothing is
 * configured: read from the records themselves, so the reference cannot drift from them.
 */
final class SettingsReference {

    /** One key: its name, its default as typed in a properties file ("" when it has none), and its type. */
    record Key(String name, String defaultValue, Class<?> type) {}

    private SettingsReference() {}

    static List<Class<?>> records() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        return scanner.findCandidateComponents(HrosApplication.class.getPackageName()).stream()
                .map(candidate ->
                        ClassUtils.resolveClassName(Objects.requireNonNull(candidate.getBeanClassName()), null))
                .filter(type -> Settings.prefix(type).startsWith("hros"))
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }

    static List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        for (Class<?> type : records()) {
            walk(Settings.prefix(type), type, Settings.bind(type), keys);
        }
        keys.sort(Comparator.comparing(Key::name));
        return keys;
    }

    /** The map-valued settings: any key below them binds (as an entry), not only the defaults' keys. */
    static List<String> maps() {
        List<String> maps = new ArrayList<>();
        for (Class<?> type : records()) {
            collectMaps(Settings.prefix(type), type, maps);
        }
        return maps;
    }

    private static void walk(String name, Class<?> type, Object value, List<Key> keys) {
        if (isGroup(type)) {
            for (Map.Entry<String, Property> property : properties(type).entrySet()) {
                Object child = value == null ? null : property.getValue().read(value);
                walk(name + "." + property.getKey(), property.getValue().type(), child, keys);
            }
        } else if (Map.class.isAssignableFrom(type)) {
            Map<?, ?> map = value == null ? Map.of() : (Map<?, ?>) value;
            map.entrySet().stream()
                    .sorted(Comparator.comparing(e -> String.valueOf(e.getKey())))
                    .forEach(e -> keys.add(new Key(
                            name + "." + dashed(e.getKey()),
                            format(e.getValue()),
                            e.getValue().getClass())));
        } else {
            keys.add(new Key(name, format(value), type));
        }
    }

    private static void collectMaps(String name, Class<?> type, List<String> maps) {
        if (isGroup(type)) {
            properties(type).forEach((key, property) -> collectMaps(name + "." + key, property.type(), maps));
        } else if (Map.class.isAssignableFrom(type)) {
            maps.add(name);
        }
    }

    private static boolean isGroup(Class<?> type) {
        return type.getName().startsWith("org.hros.") && !type.isEnum();
    }

    private record Property(Class<?> type, java.util.function.Function<Object, Object> reader) {
        Object read(Object target) {
            return reader.apply(target);
        }
    }

    private static Map<String, Property> properties(Class<?> type) {
        Map<String, Property> properties = new java.util.LinkedHashMap<>();
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Parameter[] parameters = canonical(type, components).getParameters();
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                Name renamed = parameters[i].getAnnotation(Name.class);
                String key = renamed != null ? renamed.value() : dashed(component.getName());
                properties.put(key, new Property(component.getType(), target -> {
                    try {
                        return component.getAccessor().invoke(target);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            return properties;
        }
        for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
            if (descriptor.getReadMethod() == null || "class".equals(descriptor.getName())) {
                continue;
            }
            properties.put(dashed(descriptor.getName()), new Property(descriptor.getPropertyType(), target -> {
                try {
                    return descriptor.getReadMethod().invoke(target);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        return properties;
    }

    private static Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
        try {
            return type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dashed(Object name) {
        String text = name instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : name.toString();
        return DataObjectPropertyName.toDashedForm(text.replace('_', '-'));
    }

    /** A value as one would type it in application.properties. */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Duration duration) {
            return duration(duration);
        }
        if (value instanceof DataSize size) {
            return size(size);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(SettingsReference::format).collect(Collectors.joining(","));
        }
        if (value instanceof Path path) {
            return path.toString();
        }
        return value.toString();
    }

    private static String duration(Duration duration) {
        for (ChronoUnit unit : List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS)) {
            long nanos = unit.getDuration().toNanos();
            if (!duration.isZero() && duration.toNanos() % nanos == 0) {
                String suffix = switch (unit) {
                    case DAYS -> "d";
                    case HOURS -> "h";
                    case MINUTES -> "m";
                    default -> "s";
                };
                return duration.toNanos() / nanos + suffix;
            }
        }
        return duration.toMillis() + "ms";
    }

    private static String size(DataSize size) {
        long bytes = size.toBytes();
        for (String unit : List.of("GB", "MB", "KB")) {
            long factor = DataSize.parse("1" + unit).toBytes();
            if (bytes != 0 && bytes % factor == 0) {
                return bytes / factor + unit;
            }
        }
        return bytes + "B";
    }
}
