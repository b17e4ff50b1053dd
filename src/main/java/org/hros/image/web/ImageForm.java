package org.hros.image.web;

/**
 * The text of an upload: what the image shows, for readers who cannot see it. The file is a part of its own; its
 * name and the type the browser claims for it are never read. Problems with the file are the form's own errors
 * (the record has no file to point at), shown next to the file field.
 */
public record ImageForm(String alt) {

    /** Longer alternative text is a description, which belongs in the text around the image. */
    static final int MAX_ALT = 300;

    static ImageForm blank() {
        return new ImageForm("");
    }

    String altText() {
        return alt == null ? "" : alt.strip();
    }
}
