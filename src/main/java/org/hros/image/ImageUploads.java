package org.hros.image;

/**
 * Storing a picture for another module's page, such as the community's logo: decoded, re-encoded without metadata
 * and served from its own address like every image.
 */
public interface ImageUploads {

    /**
     * Stores the picture in {@code data}, uploaded by {@code memberId}.
     *
     * @return its address ({@code /images/} and its id)
     * @throws org.hros.shared.FieldErrorsException (field {@code file}) when the file is no image HROS takes
     * @throws ImagesBusy when the node is decoding as many images as it may and none finished in time
     */
    String store(long memberId, byte[] data, String alt);

    /** The node is busy decoding other images: try again in a few seconds. */
    class ImagesBusy extends RuntimeException {
        public ImagesBusy(Throwable cause) {
            super("Too many images are being decoded", cause);
        }
    }
}
