package org.hros.platform.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A page as HROS rendered it for a reader who is not signed in: the bytes, their type and language, the headers the
 * application set (security headers among them), a strong entity tag (a hash of the bytes) and when this node
 * rendered it, with the header values a hit sends worked out beforehand.
 */
record CachedPage(
        byte[] body,
        String contentType,
        Locale locale,
        List<Header> headers,
        String etag,
        Instant lastModified,
        java.time.Duration lifetime,
        String lastModifiedHeader,
        String cacheControl,
        boolean headerNamesDistinct,
        byte[] gzipped) {

    record Header(String name, String value) {}

    /** HTTP's date format (RFC 9110, IMF-fixdate), as Tomcat writes a date header. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    static CachedPage of(
            byte[] body,
            String contentType,
            Locale locale,
            List<Header> headers,
            Instant now,
            java.time.Duration lifetime,
            int gzipFrom) {
        Instant lastModified = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // What a hit writes is worked out once, when the page is kept: a hit only copies strings and bytes.
        return new CachedPage(
                body,
                contentType,
                locale,
                List.copyOf(headers),
                etagOf(body),
                lastModified,
                lifetime,
                HTTP_DATE.format(lastModified),
                "public, max-age=" + lifetime.toSeconds(),
                headers.stream()
                                .map(header -> header.name().toLowerCase(Locale.ROOT))
                                .distinct()
                                .count()
                        == headers.size(),
                gzipFrom >= 0 && body.length >= gzipFrom ? gzip(body) : null);
    }

    /**
     * The body compressed once, when the page is kept, for the readers whose browsers take gzip (nearly all): Tomcat
     * would otherwise compress it again for each of them, or, as it does for a response with a strong entity tag,
     * send it uncompressed.
     */
    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** The bytes a page takes in memory, roughly: its body and its headers. */
    int weight() {
        int weight = body.length + (gzipped == null ? 0 : gzipped.length) + 64;
        for (Header header : headers) {
            weight += (header.name().length() + header.value().length()) * 2;
        }
        return weight;
    }

    static String etagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return '"'
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 18))
                    + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "CachedPage[" + new String(body, 0, Math.min(body.length, 40), StandardCharsets.UTF_8) + "…, " + etag
                + "]";
    }
}
