package org.hros.webhook.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.springframework.stereotype.Component;

/**
 * Where HROS may send webhooks: HTTPS endpoints on the public internet, never an address inside the network HROS
 * runs in (server-side request forgery). A name is resolved when the webhook is saved and again before every
 * attempt, so a name that later points inside is refused then. Redirects are never followed.
 *
 * <p>{@code hros.webhooks.allow-loopback} lets tests reach a receiver on this machine, over HTTP too; it is off
 * unless set.
 */
@Component
class EndpointPolicy {

    static final int MAX_LENGTH = 2000;

    private final boolean allowLoopback;

    EndpointPolicy(WebhookProperties webhookProperties) {
        this.allowLoopback = webhookProperties.allowLoopback();
    }

    /** The endpoint as an address HROS may post to; refused naming the field {@code url} otherwise. */
    URI check(String url) {
        if (url == null || url.isBlank()) {
            throw refused("webhook.url.required");
        }
        if (url.length() > MAX_LENGTH) {
            throw refused("webhook.url.tooLong");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused("webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isBlank() || uri.getRawUserInfo() != null) {
            throw refused("webhook.url.invalid");
        }
        if (uri.getRawFragment() != null) {
            throw refused("webhook.url.invalid");
        }
        boolean loopbackName = isLoopbackName(host);
        if (scheme.equals("http")) {
            if (!(allowLoopback && (loopbackName || isLoopbackLiteral(host)))) {
                throw refused("webhook.url.httpsOnly");
            }
        } else if (!scheme.equals("https")) {
            throw refused("webhook.url.httpsOnly");
        }
        if ((!allowLoopback && loopbackName) || (!loopbackName && internalName(host))) {
            throw refused("webhook.url.private");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(bare(host))) {
                if (!allowed(address)) {
                    throw refused("webhook.url.private");
                }
            }
        } catch (UnknownHostException e) {
            // A name that does not resolve yet may by the time of the first event; it is checked again then.
        }
        return uri;
    }

    /**
     * Resolves the endpoint's host just before an attempt and refuses it when any of its addresses is inside;
     * returns a reason for the log, or {@code null} when it may be sent.
     */
    String refusalBeforeSending(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return "The address has no host.";
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(bare(host))) {
                if (!allowed(address)) {
                    return "Refused: the address resolves to a private, loopback or link-local network.";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "The host name does not resolve.";
        }
    }

    boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        if (address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0 // "this" network
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240); // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            // Unique local addresses (fc00::/7) are IPv6's private networks.
            return (first & 0xfe) != 0xfc;
        }
        return false;
    }

    private static boolean isLoopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost");
    }

    private static boolean isLoopbackLiteral(String host) {
        String h = bare(host);
        return h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    private static boolean internalName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.endsWith(".local")
                || h.endsWith(".internal")
                || h.endsWith(".lan")
                || !h.contains(".") && !h.contains(":");
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static FieldErrorsException refused(String code) {
        return new FieldErrorsException(List.of(new FieldError("url", code)));
    }
}
