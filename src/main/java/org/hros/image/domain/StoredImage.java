package org.hros.image.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One re-encoded image: its pixels and type, and who uploaded it (for the allowance and moderation only). */
@Entity
@Table(name = "image")
class StoredImage {

    @Id
    private String id;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] bytes;

    private int width;

    private int height;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredImage() {}

    StoredImage(String id, ImageProcessor.Processed image, long uploadedBy, Instant uploadedAt) {
        this.id = id;
        this.contentType = image.contentType();
        this.bytes = image.bytes();
        this.width = image.width();
        this.height = image.height();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    String id() {
        return id;
    }

    String contentType() {
        return contentType;
    }

    byte[] bytes() {
        return bytes;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
