package org.hros.request.domain;

/** Where a request's page lives. */
public final class RequestPaths {

    private RequestPaths() {}

    public static String of(long id, String slug) {
        return "/requests/" + id + "/" + slug;
    }
}
