package org.hros.radar.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hros.digest.DigestItem;
import org.hros.digest.DigestPart;
import org.hros.digest.DigestReader;
import org.hros.digest.DigestSection;
import org.hros.radar.domain.EditionDiff.Movement;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The digest's "Radar changes": when an edition of the radar comes out in the reader's period, the blips on their
 * topics and skills (and the practices tied to them) that are new on it or moved in or out since the edition before,
 * each linking to the edition. An edition holds rings, names and counts, never an author.
 */
@Component
class RadarChangesSection implements DigestSection {

    static final int MAX_ITEMS = 8;

    private final Editions editions;
    private final Practices practices;
    private final MessageSource messages;

    RadarChangesSection(Editions editions, Practices practices, MessageSource messages) {
        this.editions = editions;
        this.practices = practices;
        this.messages = messages;
    }

    @Override
    public int position() {
        return 450;
    }

    @Override
    public Batch prepare(Instant from, Instant until) {
        List<Editions.Published> published = editions.publishedBetween(from, until);
        if (published.isEmpty()) {
            return reader -> Optional.empty();
        }
        Map<String, PracticeView> practicesBySlug = new HashMap<>();
        practices.all().forEach(p -> practicesBySlug.put(p.slug(), p));
        List<Change> changes = new ArrayList<>();
        for (Editions.Published edition : published) {
            List<Placement> now = editions.placements(edition.key());
            List<Placement> before =
                    editions.before(edition.key()).map(editions::placements).orElse(List.of());
            Map<String, EditionDiff.Move> moves = EditionDiff.moves(before, now);
            List<Change> ofEdition = new ArrayList<>();
            for (Placement p : now) {
                EditionDiff.Move move = moves.get(p.key());
                if (move.movement() != Movement.UNCHANGED) {
                    ofEdition.add(new Change(
                            edition.publishedAt(),
                            p,
                            move.movement(),
                            practicesBySlug.get(p.slug()),
                            item(edition.key(), p, move)));
                }
            }
            // Moves first (in, then out), then what is new; the edition's own order (quadrant, name) within each.
            ofEdition.sort(Comparator.comparingInt(c -> rank(c.movement())));
            changes.addAll(ofEdition);
        }
        String title = messages.getMessage("radar.digest.changes", null, Locale.ENGLISH);
        return reader -> {
            List<DigestItem> items = changes.stream()
                    .filter(c -> reader.covers(c.publishedAt()) && c.concerns(reader))
                    .limit(MAX_ITEMS)
                    .map(Change::item)
                    .toList();
            return items.isEmpty() ? Optional.empty() : Optional.of(new DigestPart(title, items));
        };
    }

    private DigestItem item(String editionKey, Placement p, EditionDiff.Move move) {
        String kind = t(p.kindKey());
        String edition = Editions.title(editionKey);
        String summary = switch (move.movement()) {
            case NEW -> t("radar.digest.change.new", kind, t(p.ring().messageKey()), edition);
            case MOVED_IN ->
                t(
                        "radar.digest.change.in",
                        kind,
                        t(move.before().ring().messageKey()),
                        t(p.ring().messageKey()),
                        edition);
            case MOVED_OUT ->
                t(
                        "radar.digest.change.out",
                        kind,
                        t(move.before().ring().messageKey()),
                        t(p.ring().messageKey()),
                        edition);
            case UNCHANGED -> throw new IllegalArgumentException("An unchanged blip is no news");
        };
        return new DigestItem(p.name(), "/radar/editions/" + editionKey, summary);
    }

    private static int rank(Movement movement) {
        return switch (movement) {
            case MOVED_IN -> 0;
            case MOVED_OUT -> 1;
            default -> 2;
        };
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    /** One blip's change in one edition, and the topics and skills that tie it to readers. */
    private record Change(
            Instant publishedAt, Placement placement, Movement movement, PracticeView practice, DigestItem item) {

        boolean concerns(DigestReader reader) {
            return switch (placement.kind()) {
                case "topic" -> reader.topics().stream().map(Topic::slug).anyMatch(placement.slug()::equals);
                case "skill" -> reader.skills().stream().map(Skill::slug).anyMatch(placement.slug()::equals);
                default ->
                    practice != null
                            && (practice.topics().stream().anyMatch(reader.topics()::contains)
                                    || practice.skills().stream().anyMatch(reader.skills()::contains));
            };
        }
    }
}
