package org.hros.image.domain;

/**
 * An image just stored: where it is served and the Markdown to put in a text.
 *
 * @param address the image's address, {@code /images/} and its id
 * @param markdown {@code ![alt](address)}, with the alt text's brackets and line breaks made harmless
 */
public record UploadedImage(String address, String alt, String markdown, int width, int height) {

    static UploadedImage of(String address, String alt, int width, int height) {
        String safeAlt = alt.replaceAll("\\s+", " ")
                .strip()
                .replace("\\", "\\\\")
                .replace("[", "\\[")
                .replace("]", "\\]");
        return new UploadedImage(address, alt, "![" + safeAlt + "](" + address + ")", width, height);
    }
}
