package org.hros.digest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hros.digest.DigestPart;
import org.hros.digest.DigestReader;
import org.hros.digest.DigestSection;
import org.springframework.stereotype.Component;

/**
 * Builds the digests of a batch of members: every {@link DigestSection} prepares once for the window the batch
 * covers, then each member gets the sections that have something for them, in the sections' order. Sections that
 * do not stand alone (rising topics) only go along with others: with nothing else, the digest is empty.
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
            List<DigestPart> parts = new ArrayList<>();
            boolean news = false;
            for (int i = 0; i < batches.size(); i++) {
                var part = batches.get(i).partFor(reader);
                if (part.isPresent()) {
                    parts.add(part.get());
                    news |= sections.get(i).standsAlone();
                }
            }
            digests.add(new Digest(
                    reader.memberId(), reader.since(), reader.until(), reader.zone(), news ? parts : List.of()));
        }
        return digests;
    }
}
