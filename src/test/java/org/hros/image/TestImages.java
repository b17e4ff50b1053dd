package org.hros.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Image files for tests, made here rather than kept as binaries: plain ones, and ones that carry secrets. */
public final class TestImages {

    private TestImages() {}

    /** A picture with a few coloured bands, so that it is no single colour. */
    public static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(27, 94, 134, alpha ? 128 : 255));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, Math.max(1, width / 3), height);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, true), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpeg");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height, false), "gif");
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG as a phone would send it: EXIF with the author as artist, GPS coordinates and the camera's serial
     * number, an XMP packet naming the author, and a comment with the author's address.
     */
    public static byte[] jpegWithSecrets(String author, String email, String serial) {
        byte[] plain = jpeg(64, 48);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff(author, serial)));
        segment(
                out,
                0xE1,
                ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>" + author
                                + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>")
                        .getBytes(StandardCharsets.UTF_8));
        segment(out, 0xFE, ("Taken by " + author + " <" + email + ">").getBytes(StandardCharsets.UTF_8));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A JPEG {@code width} by {@code height} whose EXIF says to show it turned or mirrored ({@code orientation}). */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        ByteBuffer b = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) 1);
        b.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        b.putInt(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), b.array()));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A little-endian TIFF block: IFD0 with Artist and pointers to an EXIF IFD (serial) and a GPS IFD. */
    private static byte[] tiff(String author, String serial) {
        byte[] artist = (author + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] body = (serial + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int ifd0 = 8;
        int ifd0Size = 2 + 3 * 12 + 4;
        int exifIfd = ifd0 + ifd0Size;
        int exifSize = 2 + 12 + 4;
        int gpsIfd = exifIfd + exifSize;
        int gpsSize = 2 + 2 * 12 + 4;
        int data = gpsIfd + gpsSize;
        int artistAt = data;
        int serialAt = artistAt + artist.length;
        int latitudeAt = serialAt + body.length;
        // IFD0: Artist, ExifIFD pointer, GPS pointer
        b.putShort((short) 3);
        entry(b, 0x013B, 2, artist.length, artistAt);
        entry(b, 0x8769, 4, 1, exifIfd);
        entry(b, 0x8825, 4, 1, gpsIfd);
        b.putInt(0);
        // EXIF IFD: BodySerialNumber
        b.putShort((short) 1);
        entry(b, 0xA431, 2, body.length, serialAt);
        b.putInt(0);
        // GPS IFD: latitude reference N and latitude 48/1 51/1 2400/100
        b.putShort((short) 2);
        b.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        entry(b, 0x0002, 5, 3, latitudeAt);
        b.putInt(0);
        b.put(artist).put(body);
        b.putInt(48).putInt(1).putInt(51).putInt(1).putInt(2400).putInt(100);
        byte[] tiff = new byte[b.position()];
        b.flip();
        b.get(tiff);
        return tiff;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int valueOrOffset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
    }

    /**
     * A PNG whose header claims {@code width} by {@code height} pixels while its data is that of a 1×1 picture: a
     * decoder that trusted the header would allocate the whole claimed picture.
     */
    public static byte[] pngClaiming(int width, int height) {
        byte[] png = png(1, 1);
        // IHDR's data starts after the 8-byte signature, the 4-byte length and the 4-byte type.
        ByteBuffer b = ByteBuffer.wrap(png);
        b.putInt(16, width);
        b.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return png;
    }

    /** A valid PNG with an HTML page and script after its end: what a polyglot file looks like. */
    public static byte[] pngWithTrailingHtml() {
        return concat(
                png(8, 8), "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The GPS latitude the secret-carrying JPEG holds (48° 51' 24"), as its EXIF stores it. */
    public static final byte[] GPS_LATITUDE = ByteBuffer.allocate(24)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putInt(48)
            .putInt(1)
            .putInt(51)
            .putInt(1)
            .putInt(2400)
            .putInt(100)
            .array();

    /** True when {@code haystack} holds {@code needle} as UTF-8 or as ASCII bytes. */
    public static boolean contains(byte[] haystack, String needle) {
        return contains(haystack, needle.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean contains(byte[] haystack, byte[] n) {
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The JPEG markers in a file up to its image data: APP1 (EXIF, XMP) and COM must not be among them. */
    public static java.util.List<Integer> jpegMarkers(byte[] jpeg) {
        java.util.List<Integer> markers = new java.util.ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            i += 2 + length;
        }
        return markers;
    }
}
