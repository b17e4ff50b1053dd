package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private static final Set<String> OWNERS = Set.of("our", "the", "their", "its");

    /**
     * A span of text naming a place.
     *
     * @param weak a capitalised name that no list or model knows as a place; only a place before a site word
     */
    record Place(int start, int end, boolean weak) {

        Place(int start, int end) {
            this(start, end, false);
        }
    }

    private final Gazetteer cities;
    private final WordLists lists;
    /** Cities named like people (“Austin”, “Florence”): a place also after “our” or “the”. */
    private final Set<String> namedLikePeople = new java.util.HashSet<>();

    Places(WordLists lists, List<String> moreCities) {
        this.lists = lists;
        List<Gazetteer.Name> names = new ArrayList<>();
        for (WordLists.Entry e : lists.cities()) {
            names.add(Gazetteer.Name.of(e.name(), e.ambiguous()));
        }
        for (String city : moreCities) {
            String folded = Text.foldLower(city);
            if (city.length() < 3 || !Character.isUpperCase(city.charAt(0))) {
                continue;
            }
            boolean word = lists.isEverydayWord(folded) || CommonWords.isCommonCapitalised(city);
            boolean everyday = word || lists.isGivenName(Text.fold(city));
            if (everyday && !word) {
                namedLikePeople.add(folded);
            }
            names.add(Gazetteer.Name.of(city, everyday));
        }
        this.cities = new Gazetteer(names);
    }

    /** The places named in the text, in text order, without overlaps (the longer wins). */
    List<Place> find(Text text, List<Entity> entities) {
        List<Place> found = new ArrayList<>();
        for (Gazetteer.Match m : cities.find(text)) {
            String previous = text.previousWord(m.start());
            if (!m.name().ambiguous()
                    || PLACE_PREPOSITIONS.contains(previous)
                    || (OWNERS.contains(previous)
                            && namedLikePeople.contains(m.name().key()))) {
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

    /**
     * Capitalised names that are no everyday word, no name of a person or organisation found, and not the first
     * word of a sentence: “Keswick”, “Bình Dương”, places too small for the list.
     */
    List<Place> unknownNames(Text text, List<Tokens.Token> tokens, List<Hit> named) {
        List<Place> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size()
                    && j - i < 3
                    && unknownName(text, tokens.get(j))
                    && (j == i || Tokens.adjacent(text, tokens.get(j - 1), tokens.get(j)))) {
                j++;
            }
            if (j > i) {
                int start = tokens.get(i).start();
                int end = tokens.get(j - 1).end();
                boolean taken = named.stream().anyMatch(h -> h.start() < end && start < h.end());
                if (!taken && !text.startsSentence(start)) {
                    out.add(new Place(start, end, true));
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private boolean unknownName(Text text, Tokens.Token t) {
        String w = t.folded();
        return t.capitalised()
                && w.length() >= 3
                && !lists.isEverydayWord(w.toLowerCase(java.util.Locale.ROOT))
                && !CommonWords.isCommonCapitalised(w)
                && !CommonWords.TITLE_KEYWORDS.contains(w.toLowerCase(java.util.Locale.ROOT))
                && w.matches("\\p{Lu}[\\p{Ll}\\p{M}'-]+");
    }

    static boolean anyIn(List<Place> places, int from, int to) {
        return places.stream().anyMatch(p -> !p.weak() && p.start() >= from && p.end() <= to);
    }
}
