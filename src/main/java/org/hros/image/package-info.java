/**
 * Images in cases and replies. A member uploads a picture with its alternative text while writing; HROS decodes
 * it, refuses what is no picture, too large or a decompression bomb, and keeps only freshly encoded pixels (no
 * EXIF, GPS, camera serial, XMP, comments, thumbnails or file name) in PostgreSQL under 128 random bits. The text
 * gets {@code ![alt](/images/ID)}; the Markdown renderer shows images from those addresses only.
 *
 * <p>An image is served to anyone who has its address, like the text it is in; the address says nothing of who
 * uploaded it or when. Who uploaded it is kept for the upload allowance and moderation and is never in any output.
 * The module depends on {@code platform} and {@code shared} only; the writing pages include its upload form.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Images")
package org.hros.image;
