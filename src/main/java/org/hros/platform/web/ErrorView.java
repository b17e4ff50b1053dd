package org.hros.platform.web;

/** The status an error page explains; its texts are {@code error.<status>.title} and {@code .text}. */
public record ErrorView(int status) {

    public String titleKey() {
        return "error." + status + ".title";
    }

    public String textKey() {
        return "error." + status + ".text";
    }
}
