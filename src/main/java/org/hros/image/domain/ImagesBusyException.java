package org.hros.image.domain;

/** Every decoding slot of this node stayed busy: the member may send the image again in a moment. */
public class ImagesBusyException extends RuntimeException {

    ImagesBusyException() {
        super("Image decoding is busy");
    }
}
