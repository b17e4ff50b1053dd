package org.hros.casestudy;

import java.util.Map;
import java.util.function.Function;

/** A case's sections as one Markdown document, in the template's order, each under its heading. */
public final class CaseMarkdown {

    private CaseMarkdown() {}

    /**
     * @param sections each section's Markdown as its author wrote it; empty ones are left out
     * @param heading a section's heading, e.g. "What we got wrong"
     */
    public static String sections(CaseType type, Map<Section, String> sections, Function<Section, String> heading) {
        StringBuilder md = new StringBuilder();
        for (Section section : Section.of(type)) {
            String text = sections.get(section);
            if (text != null && !text.isBlank()) {
                md.append("## ").append(heading.apply(section)).append("\n\n");
                md.append(text.strip()).append("\n\n");
            }
        }
        return md.toString();
    }
}
