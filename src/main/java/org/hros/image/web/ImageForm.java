package org.hros.image.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * An upload: the file, and what the image shows for readers who cannot see it. Neither the file's name nor the
 * type the browser claims for it is ever read.
 */
public record ImageForm(String alt, MultipartFile file) {

    /** Longer alternative text is a description, which belongs in the text around the image. */
    static final int MAX_ALT = 300;

    static ImageForm blank() {
        return new ImageForm("", null);
    }

    String altText() {
        return alt == null ? "" : alt.strip();
    }

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }
}
