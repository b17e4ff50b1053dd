package org.hros.digest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hros.digest.DigestPart;
import org.hros.digest.DigestReader;
import org.hros.digest.DigestSection;
import org.springframework.stereotype.Component;

/**
 * Builds the digests of a batch of members: every {@link DigestSection} prepares once for the window the batch
 * covers, then each member gets the sections that have something for them, in the sections' order.
 */
@Component
class DigestBuilder {

    private final List<DigestSection> sections;

    DigestBuilder(List<DigestSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(DigestSection::position))
                .toList();
    }

    /** One digest per reader, in the readers' order. */
    List<Digest> build(List<DigestReader> readers) {
        if (readers.isEmpty()) {
            return List.of();
        }
        Instant from = readers.stream()
                .map(DigestReader::since)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant until = readers.stream()
                .map(DigestReader::until)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<DigestSection.Batch> batches =
                sections.stream().map(s -> s.prepare(from, until)).toList();
        List<Digest> digests = new ArrayList<>(readers.size());
        for (DigestReader reader : readers) {
            List<DigestPart> parts = batches.stream()
                    .map(batch -> batch.partFor(reader))
                    .flatMap(Optional::stream)
                    .toList();
            digests.add(new Digest(reader.memberId(), reader.since(), reader.until(), reader.zone(), parts));
        }
        return digests;
    }
}
