package org.amnistia.offense;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the catalogue aliases in a reduced charge text (docs/spec/semantica.md §4, replacing steps 6–7 of
 * docs/ley/delitos.md): an exact alias first; else every alias occurring as whole words, where nested or
 * overlapping occurrences keep the longest. Two codes left standing, or two codes tied for the
 * same longest overlap, make the charge ambiguous. The recogniser never guesses.
 */
final class AliasIndex {

    private record Alias(String[] words, int length, Offense offense) {
    }

    /** One occurrence of an alias in the text, over words [start, end). */
    private record Hit(int start, int end, int length, Offense offense) {

        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }
    }

    private static final Comparator<Hit> LONGEST_FIRST =
            Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start);

    private final Map<String, Offense> exact = new HashMap<>();
    /** Aliases by their first word: the scan looks up only the aliases a word can start. */
    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();

    AliasIndex(List<Offense> offenses) {
        for (Offense offense : offenses) {
            for (String alias : offense.aliases()) {
                ChargeText reduced = ChargeText.of(alias);
                if (!reduced.text().equals(alias) || reduced.attempt()) {
                    throw new IllegalArgumentException(offense.code() + ": alias \"" + alias
                            + "\" is not normalised (it reads as \"" + reduced.text() + "\")");
                }
                Offense previous = exact.putIfAbsent(alias, offense);
                if (previous != null) {
                    throw new IllegalArgumentException("alias \"" + alias + "\" belongs to both "
                            + previous.code() + " and " + offense.code());
                }
                String[] words = alias.split(" ");
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>())
                        .add(new Alias(words, alias.length(), offense));
            }
        }
    }

    Recognition match(ChargeText charge) {
        String text = charge.text();
        boolean attempt = charge.attempt();
        if (text.isEmpty()) {
            return Recognition.unrecognised(attempt);
        }
        Offense exactMatch = exact.get(text);
        if (exactMatch != null) {
            return Recognition.of(exactMatch, attempt);
        }

        List<Hit> hits = findAll(charge.words());
        hits.sort(LONGEST_FIRST);
        // A hit stands unless a longer overlapping hit, or an equally long one of the same code,
        // already stands. Equally long overlapping hits of different codes both stand: a tie.
        List<Hit> standing = new ArrayList<>();
        for (Hit hit : hits) {
            boolean dominated = false;
            for (Hit kept : standing) {
                if (hit.overlaps(kept) && (kept.length() > hit.length() || kept.offense() == hit.offense())) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                standing.add(hit);
            }
        }

        standing.sort(Comparator.comparingInt(Hit::start));
        Set<String> codes = new LinkedHashSet<>();
        standing.forEach(hit -> codes.add(hit.offense().code()));
        if (codes.isEmpty()) {
            return Recognition.unrecognised(attempt);
        }
        if (codes.size() > 1) {
            return Recognition.ambiguous(List.copyOf(codes), attempt);
        }
        return Recognition.of(standing.get(0).offense(), attempt);
    }

    private List<Hit> findAll(List<String> words) {
        List<Hit> hits = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            List<Alias> candidates = byFirstWord.get(words.get(start));
            if (candidates == null) {
                continue;
            }
            for (Alias alias : candidates) {
                if (occursAt(alias.words(), words, start)) {
                    hits.add(new Hit(start, start + alias.words().length, alias.length(), alias.offense()));
                }
            }
        }
        return hits;
    }

    private static boolean occursAt(String[] alias, List<String> words, int start) {
        if (start + alias.length > words.size()) {
            return false;
        }
        for (int i = 1; i < alias.length; i++) {
            if (!alias[i].equals(words.get(start + i))) {
                return false;
            }
        }
        return true;
    }
}
