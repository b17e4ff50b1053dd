package org.hros.casestudy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A section's Markdown as written, and the sanitised HTML rendered from it when it was saved. */
@Embeddable
class SectionText {

    @Column(nullable = false)
    private String markdown;

    @Column(nullable = false)
    private String html;

    protected SectionText() {}

    SectionText(String markdown, String html) {
        this.markdown = markdown;
        this.html = html;
    }

    String markdown() {
        return markdown;
    }

    String html() {
        return html;
    }
}
