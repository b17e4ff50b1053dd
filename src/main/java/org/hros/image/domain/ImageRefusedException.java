package org.hros.image.domain;

import java.util.List;
import org.hros.shared.FieldErrorsException;

/** An upload that is no image HROS takes: answered with the file field's message. */
public class ImageRefusedException extends FieldErrorsException {

    ImageRefusedException(String code) {
        super(List.of(new FieldError("file", code)));
    }
}
