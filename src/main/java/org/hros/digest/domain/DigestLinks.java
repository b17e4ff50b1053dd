package org.hros.digest.domain;

/** The full addresses a digest mail links to, for the templates. */
public record DigestLinks(String baseUrl, String unsubscribe) {

    public String url(String path) {
        return baseUrl + path;
    }

    public String preview() {
        return baseUrl + "/digest/preview";
    }

    public String settings() {
        return baseUrl + "/settings/digest";
    }

    public String topics() {
        return baseUrl + "/profile";
    }
}
