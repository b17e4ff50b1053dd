package org.hros.platform.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand onto a socket, byte for byte: what no well-behaved client library will send (raw
 * percent escapes in the path, invalid UTF-8, lying or missing lengths, unknown charsets).
 */
final class RawHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("(?i)Set-Cookie: (JSESSIONID=[^;\\r\\n]+)");

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    record Reply(int status, String head, String body) {}

    /** A session cookie and the CSRF token for it, from a page with a form. */
    record Session(String cookie, String csrf) {}

    Session session(String formPage) throws IOException {
        Reply page = send("GET", formPage, Map.of(), null, false);
        Matcher cookie = SESSION.matcher(page.head());
        Matcher token = CSRF.matcher(page.body());
        if (!cookie.find() || !token.find()) {
            throw new IllegalStateException("No session or CSRF token on " + formPage + ": " + page.status());
        }
        return new Session(cookie.group(1), token.group(1));
    }

    Reply send(String method, String target, Map<String, String> headers, byte[] body, boolean chunked)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Host", "localhost:" + port);
            all.put("Connection", "close");
            all.putAll(headers);
            if (body != null) {
                all.put(chunked ? "Transfer-Encoding" : "Content-Length", chunked ? "chunked" : "" + body.length);
            }
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            all.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    writeBody(out, body, chunked);
                }
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before the whole body is sent (413); read what it said.
            }
            return read(socket.getInputStream());
        }
    }

    private static void writeBody(OutputStream out, byte[] body, boolean chunked) throws IOException {
        if (!chunked) {
            out.write(body);
            return;
        }
        int chunk = 64 * 1024;
        for (int at = 0; at < body.length; at += chunk) {
            int n = Math.min(chunk, body.length - at);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, at, n);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (IOException e) {
            // A reset after the answer was sent still leaves the answer.
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return new Reply(0, "", "");
        }
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        int status = Integer.parseInt(head.substring(9, 12));
        return new Reply(status, head, body);
    }
}
