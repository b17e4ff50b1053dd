package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hros.redaction.internal.NamedEntities.Entity;
import org.hros.redaction.internal.NamedEntities.Type;

/**
 * Where places are named in a text: cities from the shipped list and from GeoNames above a population
 * threshold, and whatever the model labels a location. A city whose name is also an everyday word (“Reading”,
 * “Mobile”, “Split”) counts only after “in”, “at”, “from” and the like.
 */
final class Places {

    /** Smaller towns are many and too often also surnames or words; 50,000 keeps about 8,800 names. */
    static final long MIN_POPULATION = 50_000;

    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("in", "at", "from", "near", "outside", "around", "across", "to", "of");

    /** A span of text naming a place. */
    record Place(int start, int end) {}

    private final Gazetteer cities;

    Places(WordLists lists, List<String> moreCities) {
        List<Gazetteer.Name> names = new ArrayList<>();
        for (WordLists.Entry e : lists.cities()) {
            names.add(Gazetteer.Name.of(e.name(), e.ambiguous()));
        }
        for (String city : moreCities) {
            String folded = Text.foldLower(city);
            if (city.length() < 3 || !Character.isUpperCase(city.charAt(0))) {
                continue;
            }
            boolean everyday = lists.isEverydayWord(folded)
                    || lists.isGivenName(Text.fold(city))
                    || CommonWords.isCommonCapitalised(city);
            names.add(Gazetteer.Name.of(city, everyday));
        }
        this.cities = new Gazetteer(names);
    }

    /** The places named in the text, in text order, without overlaps (the longer wins). */
    List<Place> find(Text text, List<Entity> entities) {
        List<Place> found = new ArrayList<>();
        for (Gazetteer.Match m : cities.find(text)) {
            if (!m.name().ambiguous() || PLACE_PREPOSITIONS.contains(text.previousWord(m.start()))) {
                found.add(new Place(m.start(), m.end()));
            }
        }
        for (Entity e : entities) {
            if (e.type() == Type.LOCATION && Character.isUpperCase(text.original.charAt(e.start()))) {
                found.add(new Place(e.start(), e.end()));
            }
        }
        found.sort(Comparator.comparingInt(Place::start).thenComparing(p -> -p.end()));
        List<Place> kept = new ArrayList<>();
        for (Place p : found) {
            if (kept.isEmpty() || p.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(p);
            } else if (p.end() > kept.get(kept.size() - 1).end()) {
                Place last = kept.remove(kept.size() - 1);
                kept.add(new Place(last.start(), p.end()));
            }
        }
        return kept;
    }

    static boolean anyIn(List<Place> places, int from, int to) {
        return places.stream().anyMatch(p -> p.start() >= from && p.end() <= to);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
