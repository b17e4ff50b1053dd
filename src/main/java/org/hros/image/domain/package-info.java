/** Decoding, re-encoding and keeping images; the entity and repository stay package-private. */
package org.hros.image.domain;
