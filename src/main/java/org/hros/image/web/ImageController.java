package org.hros.image.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.hros.image.domain.ImageLibrary;
import org.hros.image.domain.ImagesBusyException;
import org.hros.platform.SignedInMember;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.platform.web.PostsContent;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.ImageAddress;
import org.hros.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading an image while writing, and serving images. Without JavaScript the upload form opens a page with the
 * Markdown to paste; with it, the answer is a fragment and the script puts the Markdown at the cursor.
 */
@Controller
class ImageController {

    private final ImageLibrary images;
    private final MessageSource messages;

    ImageController(ImageLibrary images, MessageSource messages) {
        this.images = images;
        this.messages = messages;
    }

    @GetMapping("/images/new")
    String newImage(Model model) {
        model.addAttribute("form", FormView.clean(ImageForm.blank()));
        return "images/upload";
    }

    @PostsContent
    @PostMapping("/images")
    String upload(
            @AuthenticationPrincipal SignedInMember me,
            @ModelAttribute ImageForm form,
            BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        String alt = form.altText();
        if (result.getFieldError("alt") == null && alt.isEmpty()) {
            result.rejectValue("alt", "image.alt.required");
        } else if (result.getFieldError("alt") == null && alt.length() > ImageForm.MAX_ALT) {
            result.rejectValue("alt", "image.alt.tooLong");
        }
        if (file == null || file.isEmpty()) {
            // Said together with any problem of the alt text, so that the member fixes the form in one go.
            result.reject("image.file.required");
        }
        if (!result.hasErrors()) {
            try {
                model.addAttribute("uploaded", images.upload(me.id(), bytes(file), alt));
                return htmx != null ? "images/result" : "images/uploaded";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            } catch (ImagesBusyException e) {
                result.reject("image.file.busy");
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                response.setStatus(503);
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(400);
        }
        // The file is never shown again: the member chooses it anew.
        model.addAttribute("form", FormView.of(form, result, messages, locale));
        return htmx != null ? "images/result" : "images/upload";
    }

    /** An image, as anyone who has its address may see it: immutable, so cached for a year. */
    @GetMapping("/images/{id:" + ImageAddress.ID_PATTERN + "}")
    ResponseEntity<byte[]> show(@PathVariable String id) {
        ImageLibrary.ImageBytes image = images.find(id).orElseThrow(() -> new NotFoundException("No such image"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag(image.id())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(image.bytes());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError("file", "image.file.broken")));
        }
    }
}
