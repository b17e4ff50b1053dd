package org.hros.platform.web;

/**
 * The status an error page explains; its texts are {@code error.<status>.title} and {@code .text}, or
 * {@code error.<status>.<reason>.title} and {@code .text} when the refusal has a reason of its own (a silenced
 * member trying to post).
 */
public record ErrorView(int status, String reason) {

    public ErrorView(int status) {
        this(status, null);
    }

    public String titleKey() {
        return base() + ".title";
    }

    public String textKey() {
        return base() + ".text";
    }

    private String base() {
        return reason == null ? "error." + status : "error." + status + "." + reason;
    }
}
