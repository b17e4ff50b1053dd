package org.hros.casestudy.web;

import java.util.List;
import org.hros.casestudy.Section;

/** What a preview shows: the sections as readers will see them, or the form's problems. */
public record PreviewView(String title, List<SectionPreview> sections, List<String> problems) {

    /** One section as readers will see it: sanitised HTML. */
    public record SectionPreview(Section section, String html) {}
}
