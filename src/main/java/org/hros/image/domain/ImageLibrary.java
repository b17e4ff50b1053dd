package org.hros.image.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.hros.shared.ImageAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images in cases and replies: an upload is decoded and re-encoded ({@link ImageProcessor}) and kept in
 * PostgreSQL under 128 random bits. Anyone who has an image's address may see it, as anyone may who reads the
 * text it is in; the address is unguessable and says nothing of its uploader.
 */
@Service
public class ImageLibrary implements org.hros.image.ImageUploads {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StoredImageRepository images;
    private final ImageProcessor processor;
    private final Semaphore decoding;
    private final Clock clock;

    ImageLibrary(StoredImageRepository images, ImageProperties properties, Clock clock) {
        this.images = images;
        this.processor = new ImageProcessor(properties);
        this.decoding = new Semaphore(Math.max(1, properties.concurrentDecodes()), true);
        this.clock = clock;
    }

    /**
     * Stores the picture in {@code data} for {@code memberId}.
     *
     * @return the image's address and the Markdown that shows it with {@code alt}
     * @throws ImageRefusedException when the file is no image HROS takes
     * @throws ImagesBusyException when the node is decoding as many images as it may and none finished in time
     */
    @Transactional
    public UploadedImage upload(long memberId, byte[] data, String alt) {
        ImageProcessor.Processed processed = decodeOne(data);
        String id = newId();
        images.save(new StoredImage(id, processed, memberId, clock.instant()));
        return UploadedImage.of(ImageAddress.of(id), alt, processed.width(), processed.height());
    }

    @Override
    @Transactional
    public String store(long memberId, byte[] data, String alt) {
        try {
            return upload(memberId, data, alt).address();
        } catch (ImagesBusyException e) {
            throw new ImagesBusy(e);
        }
    }

    /** The bytes and type of an image, for serving. */
    @Transactional(readOnly = true)
    public Optional<ImageBytes> find(String id) {
        if (id == null || !id.matches(ImageAddress.ID_PATTERN)) {
            return Optional.empty();
        }
        return images.findById(id).map(i -> new ImageBytes(i.id(), i.contentType(), i.bytes()));
    }

    private ImageProcessor.Processed decodeOne(byte[] data) {
        boolean acquired = false;
        try {
            acquired = decoding.tryAcquire(20, TimeUnit.SECONDS);
            if (!acquired) {
                throw new ImagesBusyException();
            }
            return processor.process(data);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImagesBusyException();
        } finally {
            if (acquired) {
                decoding.release();
            }
        }
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** An image as served: its id (the entity tag), type and bytes. */
    public record ImageBytes(String id, String contentType, byte[] bytes) {}
}
