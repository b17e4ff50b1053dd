package org.hros.image.domain;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an uploaded file into pixels and writes new pixels out, so that nothing of the file but the picture
 * survives: no EXIF (camera, serial number, GPS, author), no XMP, no comments, no embedded thumbnail, no trailing
 * bytes (a polyglot's script), no file name. The type is read from the file's first bytes, never from its name or
 * the browser's word. The dimensions are read from the header before anything is decoded, so that a small file
 * claiming a huge picture is refused unread.
 *
 * <p>Reading uses ImageIO with the TwelveMonkeys plugins (JPEG in CMYK or with broken markers, WebP); writing uses
 * the JDK's own JPEG and PNG writers, which write only what they are given.
 */
final class ImageProcessor {

    /** What HROS stores: a JPEG for photographs, a PNG for pictures with transparency or sharp edges. */
    record Processed(byte[] bytes, String contentType, int width, int height) {}

    /** The formats HROS reads, told apart by their first bytes. */
    enum Format {
        JPEG("jpeg"),
        PNG("png"),
        GIF("gif"),
        WEBP("webp");

        private final String readerName;

        Format(String readerName) {
            this.readerName = readerName;
        }

        static Format sniff(byte[] data) {
            if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
                return JPEG;
            }
            if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return PNG;
            }
            if (startsWith(data, 0, 'G', 'I', 'F', '8') && data.length > 5 && (data[4] == '7' || data[4] == '9')) {
                return GIF;
            }
            if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
                return WEBP;
            }
            return null;
        }

        private static boolean startsWith(byte[] data, int offset, int... expected) {
            if (data.length < offset + expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if ((data[offset + i] & 0xFF) != expected[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    static {
        // Decoding stays in memory: no temporary files for hostile input.
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    private static final float JPEG_QUALITY = 0.85f;

    private final ImageProperties limits;

    ImageProcessor(ImageProperties limits) {
        this.limits = limits;
    }

    /**
     * Decodes {@code data} and encodes its first picture afresh, scaled down to the configured bounds.
     *
     * @throws ImageRefusedException with the message for the file field: empty, too large, not an image HROS reads,
     *     too many pixels, or broken
     */
    Processed process(byte[] data) {
        if (data == null || data.length == 0) {
            throw new ImageRefusedException("image.file.required");
        }
        if (data.length > limits.maxBytes().toBytes()) {
            throw new ImageRefusedException("image.file.tooLarge");
        }
        Format format = Format.sniff(data);
        if (format == null) {
            throw new ImageRefusedException("image.file.type");
        }
        BufferedImage picture = decode(format, data);
        boolean alpha = picture.getColorModel().hasAlpha();
        // The EXIF orientation goes with the rest of the metadata, so the pixels are turned the way it said first.
        BufferedImage upright = format == Format.JPEG ? orient(picture, orientation(data), alpha) : picture;
        BufferedImage scaled = scale(upright, alpha);
        // Photographs stay JPEG; screenshots and drawings (PNG, GIF) and anything transparent become PNG.
        boolean jpeg = !alpha && (format == Format.JPEG || format == Format.WEBP);
        byte[] bytes = jpeg ? writeJpeg(scaled) : writePng(scaled);
        return new Processed(bytes, jpeg ? "image/jpeg" : "image/png", scaled.getWidth(), scaled.getHeight());
    }

    private BufferedImage decode(Format format, byte[] data) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new ImageRefusedException("image.file.type");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new ImageRefusedException("image.file.broken");
            }
            if (width * height > limits.maxPixels()) {
                throw new ImageRefusedException("image.file.tooManyPixels");
            }
            BufferedImage picture = reader.read(0, reader.getDefaultReadParam());
            if (picture == null || (long) picture.getWidth() * picture.getHeight() > limits.maxPixels()) {
                throw new ImageRefusedException("image.file.broken");
            }
            return picture;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRefusedException refused) {
                throw refused;
            }
            // Truncated, corrupt or hostile input: whatever the decoder threw, it is the member's file.
            throw new ImageRefusedException("image.file.broken");
        } finally {
            reader.dispose();
        }
    }

    /** The EXIF orientation of a JPEG (1 to 8), or 1 (as stored) when it has none or it cannot be read. */
    private static int orientation(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream tiff = exif.get(0).data();
            tiff.read(); // the pad byte after "Exif\0"
            try (ImageInputStream tiffStream = ImageIO.createImageInputStream(tiff)) {
                Entry entry = new TIFFReader().read(tiffStream).getEntryById(TIFF.TAG_ORIENTATION);
                int value = entry != null && entry.getValue() instanceof Number n ? n.intValue() : 1;
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (IOException | RuntimeException e) {
            // A broken EXIF block loses only its orientation: the picture itself decoded.
            return 1;
        }
    }

    /** The picture turned and mirrored as EXIF orientation {@code value} says. */
    private static BufferedImage orient(BufferedImage picture, int value, boolean alpha) {
        if (value == 1) {
            return picture;
        }
        int w = picture.getWidth();
        int h = picture.getHeight();
        AffineTransform turn = switch (value) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean sideways = value >= 5;
        BufferedImage canvas = new BufferedImage(
                sideways ? h : w, sideways ? w : h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.drawImage(picture, turn, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** The picture within the bounds, drawn onto a plain RGB (or ARGB) canvas whatever its colour model was. */
    private BufferedImage scale(BufferedImage picture, boolean alpha) {
        double factor = Math.min(
                1.0,
                Math.min(
                        (double) limits.maxWidth() / picture.getWidth(),
                        (double) limits.maxHeight() / picture.getHeight()));
        BufferedImage current = picture;
        int targetWidth = Math.max(1, (int) Math.round(picture.getWidth() * factor));
        int targetHeight = Math.max(1, (int) Math.round(picture.getHeight() * factor));
        // Halving step by step keeps a large reduction sharp without a slow filter.
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
        }
        return draw(current, targetWidth, targetHeight, alpha);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage canvas =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    private static byte[] writeJpeg(BufferedImage picture) {
        return write(picture, "jpeg", param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
        });
    }

    private static byte[] writePng(BufferedImage picture) {
        return write(picture, "png", param -> {});
    }

    private static byte[] write(
            BufferedImage picture, String format, java.util.function.Consumer<ImageWriteParam> settings) {
        ImageWriter writer = jdkWriter(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            settings.accept(param);
            // No metadata is passed, so the writer writes only what the format needs.
            writer.write(null, new IIOImage(picture, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JDK's writer for the format (TwelveMonkeys adds readers; the JDK's writers are the ones we trust). */
    private static ImageWriter jdkWriter(String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        ImageWriter fallback = null;
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
            fallback = fallback == null ? writer : fallback;
        }
        if (fallback == null) {
            throw new IllegalStateException("No " + format + " writer in this Java runtime");
        }
        return fallback;
    }
}
