package org.hros.export.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hros.export.domain.OpenData;
import org.hros.shared.PublicPages;
import org.springframework.stereotype.Component;

/** The open-data page in the sitemap, changed when the dump was last built. */
@Component
class OpenDataPages implements PublicPages {

    private final OpenData openData;

    OpenDataPages(OpenData openData) {
        this.openData = openData;
    }

    @Override
    public List<PublicPage> publicPages() {
        return openData.current()
                .map(dump -> List.of(new PublicPage("/open-data", LocalDate.ofInstant(dump.builtAt(), ZoneOffset.UTC))))
                .orElse(List.of());
    }
}
