package org.hros.digest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hros.digest.DigestItem;
import org.hros.digest.DigestPart;
import org.hros.digest.DigestReader;
import org.hros.digest.DigestSection;
import org.hros.shared.Topic;
import org.junit.jupiter.api.Test;

/** How sections make up a digest: in their order, and only news makes one worth mailing. */
class DigestBuilderTests {

    private static final Instant UNTIL = Instant.parse("2026-06-08T08:00:00Z");
    private static final DigestReader READER = new DigestReader(
            7, Set.of(Topic.of("dei")), Set.of(), UNTIL.minusSeconds(7 * 86_400), UNTIL, ZoneId.of("UTC"));

    @Test
    void sectionsComeInTheirPositionsOrderWhateverOrderTheyAreFoundIn() {
        DigestBuilder builder =
                new DigestBuilder(List.of(section(500, true, "Sessions"), section(100, true, "Failures")));
        Digest digest = builder.build(List.of(READER)).get(0);
        assertThat(digest.parts()).extracting(DigestPart::title).containsExactly("Failures", "Sessions");
        assertThat(digest.zone()).isEqualTo(READER.zone());
    }

    @Test
    void aSectionThatDoesNotStandAloneNeverMakesADigestOnItsOwn() {
        DigestSection rising = section(400, false, "Rising");
        assertThat(new DigestBuilder(List.of(rising))
                        .build(List.of(READER))
                        .get(0)
                        .empty())
                .isTrue();
        Digest withNews = new DigestBuilder(List.of(rising, section(100, true, "Failures")))
                .build(List.of(READER))
                .get(0);
        assertThat(withNews.parts()).extracting(DigestPart::title).containsExactly("Failures", "Rising");
    }

    private static DigestSection section(int position, boolean standsAlone, String title) {
        return new DigestSection() {
            @Override
            public int position() {
                return position;
            }

            @Override
            public boolean standsAlone() {
                return standsAlone;
            }

            @Override
            public Batch prepare(Instant from, Instant until) {
                return reader -> Optional.of(new DigestPart(title, List.of(new DigestItem(title, "/", ""))));
            }
        };
    }
}
