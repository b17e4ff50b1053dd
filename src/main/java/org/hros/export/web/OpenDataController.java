package org.hros.export.web;

import java.time.Duration;
import org.hros.casestudy.Licence;
import org.hros.export.domain.OpenData;
import org.hros.export.domain.OpenDataInfo;
import org.hros.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The open-data page (formats, licences, the current dump's date and size) and the dump itself, with an entity tag
 * and a last-modified date so that mirrors fetch it again only when it changed.
 */
@Controller
class OpenDataController {

    private final OpenData openData;

    OpenDataController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/open-data")
    String showOpenData(Model model) {
        model.addAttribute("dump", openData.current().orElse(null));
        model.addAttribute("licences", java.util.List.of(Licence.values()));
        model.addAttribute("fileName", OpenData.FILE_NAME);
        return "export/openData";
    }

    @GetMapping("/open-data/" + OpenData.FILE_NAME)
    ResponseEntity<byte[]> downloadOpenData(WebRequest request) {
        OpenDataInfo dump = openData.current().orElseThrow(() -> new NotFoundException("No open-data dump yet"));
        if (request.checkNotModified(dump.etag(), dump.builtAt().toEpochMilli())) {
            return null;
        }
        byte[] bytes = openData.content(dump).orElseThrow(() -> new NotFoundException("The dump was just replaced"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .eTag(dump.etag())
                .lastModified(dump.builtAt())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(OpenData.FILE_NAME)
                                .build()
                                .toString())
                .body(bytes);
    }
}
