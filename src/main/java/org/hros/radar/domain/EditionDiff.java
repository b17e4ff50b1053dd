package org.hros.radar.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How blips moved between two editions (or an edition and the current radar). Pure, so tests can pin it. */
public final class EditionDiff {

    private EditionDiff() {}

    /** What happened to a blip since the earlier picture; {@code before} is null for a new blip. */
    public record Move(Movement movement, Placement before) {}

    public enum Movement {
        NEW,
        MOVED_IN,
        MOVED_OUT,
        UNCHANGED;

        public String messageKey() {
            return "radar.move." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Each blip of {@code now} by key, with its move since {@code before} (empty when there is no earlier one). */
    public static Map<String, Move> moves(List<Placement> before, List<Placement> now) {
        Map<String, Placement> earlier = new LinkedHashMap<>();
        before.forEach(p -> earlier.put(p.key(), p));
        Map<String, Move> moves = new LinkedHashMap<>();
        for (Placement p : now) {
            Placement was = earlier.get(p.key());
            Movement movement;
            if (was == null) {
                movement = Movement.NEW;
            } else if (p.ring().innerThan(was.ring())) {
                movement = Movement.MOVED_IN;
            } else if (was.ring().innerThan(p.ring())) {
                movement = Movement.MOVED_OUT;
            } else {
                movement = Movement.UNCHANGED;
            }
            moves.put(p.key(), new Move(movement, was));
        }
        return moves;
    }

    /** Blips of the earlier picture that are no longer on the radar. */
    public static List<Placement> left(List<Placement> before, List<Placement> now) {
        List<String> keys = now.stream().map(Placement::key).toList();
        List<Placement> left = new ArrayList<>();
        for (Placement p : before) {
            if (!keys.contains(p.key())) {
                left.add(p);
            }
        }
        return left;
    }
}
