package org.hros.platform.pagecache;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A page being rendered for a possible keep: the body is held back, and so are the caching headers the
 * application and Spring Security set (Spring Security's {@code no-store} among them), so that a page that is kept
 * can be sent with the cache's headers and any other page with exactly the ones it was given.
 */
final class RenderingResponse extends ContentCachingResponseWrapper {

    private static final Set<String> HELD = Set.of("cache-control", "pragma", "expires");

    private final Map<String, List<String>> held = new LinkedHashMap<>();

    RenderingResponse(HttpServletResponse response) {
        super(response);
    }

    private static boolean isHeld(String name) {
        return name != null && HELD.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public void setHeader(String name, String value) {
        if (isHeld(name)) {
            held.put(name, new ArrayList<>(List.of(value)));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (isHeld(name)) {
            held.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (isHeld(name)) {
            setHeader(name, httpDate(date));
        } else {
            super.setDateHeader(name, date);
        }
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (isHeld(name)) {
            addHeader(name, httpDate(date));
        } else {
            super.addDateHeader(name, date);
        }
    }

    private static String httpDate(long date) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.Instant.ofEpochMilli(date).atZone(java.time.ZoneOffset.UTC));
    }

    @Override
    public boolean containsHeader(String name) {
        return isHeld(name) ? heldValues(name) != null : super.containsHeader(name);
    }

    @Override
    public String getHeader(String name) {
        if (isHeld(name)) {
            List<String> values = heldValues(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
        return super.getHeader(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        if (isHeld(name)) {
            List<String> values = heldValues(name);
            return values == null ? List.of() : List.copyOf(values);
        }
        return super.getHeaders(name);
    }

    private List<String> heldValues(String name) {
        for (Map.Entry<String, List<String>> entry : held.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    @Override
    public void sendError(int status) throws IOException {
        release();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        release();
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        release();
        super.sendRedirect(location);
    }

    /** Gives the held headers to the response, for a page that is not kept. */
    void release() {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        for (Map.Entry<String, List<String>> entry : held.entrySet()) {
            boolean first = true;
            for (String value : entry.getValue()) {
                if (first) {
                    response.setHeader(entry.getKey(), value);
                    first = false;
                } else {
                    response.addHeader(entry.getKey(), value);
                }
            }
        }
        held.clear();
    }

    /** Sends a page that is not kept as it was rendered. */
    void sendAsRendered() throws IOException {
        release();
        copyBodyToResponse();
    }
}
