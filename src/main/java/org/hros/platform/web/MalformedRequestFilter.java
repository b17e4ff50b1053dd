package org.hros.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.apache.coyote.BadRequestException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Malformed requests (an unknown charset, bad {@code %} escapes or invalid UTF-8 in a form or the query string, a
 * body over the limit) are the sender's fault: they get a clean 400 or 413 and one WARN line, not an ERROR with a
 * stack trace that would page an operator for every scanner on the internet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String charset = request.getCharacterEncoding();
        if (charset != null && !supported(charset)) {
            refuse(request, response, 400, "unknown charset");
            return;
        }
        if (!decodable(request.getQueryString())) {
            // Tomcat would drop the parameter silently and the page would answer as if it had not been sent.
            refuse(request, response, 400, "undecodable query string");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            int status = status(e);
            if (status == 0) {
                throw e;
            }
            refuse(request, response, status, rootMessage(e));
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws IOException {
        log.warn(
                "Refused a malformed {} request with {}: {}",
                request.getMethod(),
                status,
                why.replaceAll("[\\p{Cntrl}]", "?"));
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.setHeader("Connection", "close");
            response.sendError(status);
        }
    }

    /** True when every {@code %} escape of {@code query} is complete and the bytes they make are valid UTF-8. */
    public static boolean decodable(String query) {
        if (query == null || (query.indexOf('%') < 0 && query.chars().allMatch(c -> c < 0x80))) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                int high = i + 2 < query.length() ? Character.digit(query.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(query.charAt(i + 2), 16);
                if (low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    /** The status for a failure the request itself caused, or 0 for any other failure. */
    static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return 413;
            }
            if (t instanceof InvalidParameterException invalid) {
                return invalid.getErrorCode() >= 400 ? invalid.getErrorCode() : 400;
            }
            if (t instanceof BadRequestException
                    || t instanceof CharConversionException
                    || t instanceof CharacterCodingException
                    || t instanceof UnsupportedEncodingException
                    || t instanceof IllegalCharsetNameException
                    || t instanceof UnsupportedCharsetException) {
                return 400;
            }
        }
        return 0;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = root.getClass().getSimpleName() + (message == null ? "" : " " + message);
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
