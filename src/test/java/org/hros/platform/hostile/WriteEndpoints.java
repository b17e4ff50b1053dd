package org.hros.platform.hostile;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every form and API write endpoint the application maps, found from Spring MVC's own handler mappings, with the
 * names of the texts it reads: form fields (a form record's components and request parameters) or a JSON body's
 * fields. A new endpoint is swept by the hostile-input suite without anyone listing it.
 */
record WriteEndpoints(List<Endpoint> all) {

    private static final Set<RequestMethod> WRITES =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /**
     * One method and path, with what it reads: {@code texts} are the fields that take free text. {@code json} is
     * null for forms.
     */
    record Endpoint(String method, String path, List<String> fields, List<String> texts, Class<?> json) {

        boolean isApi() {
            return path.startsWith("/api/");
        }

        /** The path with each variable replaced by what {@code value} gives for (path, variable name). */
        String concretePath(java.util.function.BinaryOperator<String> value) {
            // A variable's regex may hold braces of its own, as in {position:\d{1,3}}.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{((?:[^{}]|\\{[^{}]*})+)}")
                    .matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value.apply(path, m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static WriteEndpoints from(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (RequestMethod method : methods) {
                if (!WRITES.contains(method)) {
                    continue;
                }
                for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                    endpoints.add(endpoint(method.name(), pattern.getPatternString(), entry.getValue()));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return new WriteEndpoints(List.copyOf(endpoints));
    }

    List<Endpoint> forms() {
        return all.stream().filter(e -> e.json() == null).toList();
    }

    List<Endpoint> jsonBodies() {
        return all.stream().filter(e -> e.json() != null).toList();
    }

    private static Endpoint endpoint(String method, String path, HandlerMethod handler) {
        List<String> fields = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Class<?> json = null;
        for (Parameter parameter : handler.getMethod().getParameters()) {
            Class<?> type = parameter.getType();
            if (AnnotatedElementUtils.hasAnnotation(parameter, RequestBody.class)) {
                json = type;
            } else if (AnnotatedElementUtils.hasAnnotation(parameter, PathVariable.class)) {
                continue;
            } else if (parameter.isAnnotationPresent(RequestParam.class)) {
                RequestParam param = parameter.getAnnotation(RequestParam.class);
                String name = !param.name().isEmpty() ? param.name() : param.value();
                fields.add(name.isEmpty() ? parameter.getName() : name);
                if (text(type, parameter.getParameterizedType())) {
                    texts.add(fields.get(fields.size() - 1));
                }
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    fields.add(component.getName());
                    if (text(component.getType(), component.getGenericType())) {
                        texts.add(component.getName());
                    }
                }
            }
        }
        return new Endpoint(method, path, List.copyOf(fields), List.copyOf(texts), json);
    }

    private static boolean text(Class<?> type, Type generic) {
        return type == String.class || (Collection.class.isAssignableFrom(type) && elementIs(generic, 0, String.class));
    }

    /** A JSON body for {@code type} whose every text (and every text in a list or map) is {@code text}. */
    static Object body(Class<?> type, String text, int depth) {
        if (type == String.class) {
            return text;
        }
        if (!type.isRecord() || depth > 4) {
            return null;
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Object value = value(component.getType(), component.getGenericType(), text, depth);
            if (value != null) {
                body.put(component.getName(), value);
            }
        }
        return body;
    }

    private static Object value(Class<?> type, Type generic, String text, int depth) {
        if (type == String.class) {
            return text;
        }
        if (Collection.class.isAssignableFrom(type) && elementIs(generic, 0, String.class)) {
            return List.of(text, "plain");
        }
        if (Map.class.isAssignableFrom(type) && elementIs(generic, 1, String.class)) {
            return Map.of("summary", text);
        }
        if (type.isRecord()) {
            return body(type, text, depth + 1);
        }
        return null;
    }

    private static boolean elementIs(Type generic, int index, Class<?> expected) {
        return generic instanceof ParameterizedType p
                && p.getActualTypeArguments().length > index
                && p.getActualTypeArguments()[index] == expected;
    }
}
