package org.hros.platform.web;

/** The Content-Security-Policy of every HROS page: no inline script or style anywhere, nothing from elsewhere. */
public final class ContentSecurityPolicy {

    public static final String SITE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private ContentSecurityPolicy() {}
}
