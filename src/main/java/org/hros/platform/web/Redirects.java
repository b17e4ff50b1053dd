package org.hros.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** Redirects pages share. */
public final class Redirects {

    private Redirects() {}

    /** 301 to a page's canonical address (an old slug, a short permalink), without the model in the query. */
    public static RedirectView permanent(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
