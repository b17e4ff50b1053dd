package org.hros.radar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hros.radar.domain.EditionDiff.Movement;
import org.hros.shared.Quadrant;
import org.junit.jupiter.api.Test;

class EditionDiffTests {

    private static Placement blip(String slug, Ring ring, int cases) {
        return new Placement(
                "practice",
                slug,
                slug,
                Quadrant.TOOLS_DATA,
                ring,
                ring,
                null,
                new Evidence(cases, cases, 0, 0, cases, 0, 0));
    }

    @Test
    void reportsNewInOutAndUnchangedWithTheEarlierFigures() {
        List<Placement> before = List.of(
                blip("rising", Ring.ASSESS, 1),
                blip("sinking", Ring.TRIAL, 3),
                blip("steady", Ring.TRIAL, 2),
                blip("gone", Ring.HOLD, 4));
        List<Placement> now = List.of(
                blip("rising", Ring.ADOPT, 6),
                blip("sinking", Ring.HOLD, 5),
                blip("steady", Ring.TRIAL, 3),
                blip("fresh", Ring.ASSESS, 1));

        Map<String, EditionDiff.Move> moves = EditionDiff.moves(before, now);

        assertThat(moves.get("practice:rising").movement()).isEqualTo(Movement.MOVED_IN);
        assertThat(moves.get("practice:rising").before().evidence().cases()).isEqualTo(1);
        assertThat(moves.get("practice:sinking").movement()).isEqualTo(Movement.MOVED_OUT);
        assertThat(moves.get("practice:sinking").before().ring()).isEqualTo(Ring.TRIAL);
        assertThat(moves.get("practice:steady").movement()).isEqualTo(Movement.UNCHANGED);
        assertThat(moves.get("practice:fresh").movement()).isEqualTo(Movement.NEW);
        assertThat(moves.get("practice:fresh").before()).isNull();
        assertThat(EditionDiff.left(before, now)).extracting(Placement::slug).containsExactly("gone");
    }

    @Test
    void withoutAnEarlierEditionEverythingIsNew() {
        assertThat(EditionDiff.moves(List.of(), List.of(blip("a", Ring.HOLD, 3)))
                        .get("practice:a")
                        .movement())
                .isEqualTo(Movement.NEW);
    }
}
