package org.amnistia.offense;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the catalogue aliases in a reduced charge text (docs/spec/semantica.md §4): an exact alias
 * first; else every alias occurring as whole words, where nested or overlapping occurrences keep
 * the longest. Both sides are compared in their canonical words ({@link ChargeWords}), so articles,
 * number, gender, abbreviations and the courts' synonyms do not matter. Two codes left standing, or
 * two codes tied for the same longest overlap, make the charge ambiguous. The recogniser never
 * guesses: a text that names no code gets the closest codes as suggestions only.
 */
final class AliasIndex {

    private record Alias(String[] words, int length, Offense offense) {
    }

    /** One occurrence of an alias in the text, over words [start, end). */
    private record Hit(int start, int end, int length, Offense offense, String[] words) {

        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }
    }

    private static final Comparator<Hit> LONGEST_FIRST =
            Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start);

    /** Each alias by its canonical words joined with spaces. */
    private final Map<String, Offense> exact = new HashMap<>();
    /** Aliases by their first canonical word: the scan looks up only the aliases a word can start. */
    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
    private final List<Offense> offenses;
    /** Made when a text first names no code: a roster whose charges are all known never needs it. */
    private ClosestOffenses closest;

    AliasIndex(List<Offense> offenses) {
        for (Offense offense : offenses) {
            for (String alias : offense.aliases()) {
                ChargeText reduced = ChargeText.of(alias);
                if (!reduced.text().equals(alias) || reduced.attempt()) {
                    throw new IllegalArgumentException(offense.code() + ": alias \"" + alias
                            + "\" is not normalised (it reads as \"" + reduced.text() + "\")");
                }
                List<String> canonical = ChargeWords.canonical(reduced.words());
                if (canonical.isEmpty()) {
                    throw new IllegalArgumentException(offense.code() + ": alias \"" + alias + "\" has no words of its own");
                }
                String key = String.join(" ", canonical);
                Offense previous = exact.putIfAbsent(key, offense);
                if (previous == offense) {
                    continue; // another way of writing an alias of the same code
                }
                if (previous != null) {
                    throw new IllegalArgumentException("alias \"" + alias + "\" of " + offense.code()
                            + " reads as an alias of " + previous.code() + " (\"" + key + "\")");
                }
                String[] words = canonical.toArray(String[]::new);
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>())
                        .add(new Alias(words, key.length(), offense));
            }
        }
        this.offenses = offenses;
    }

    private synchronized ClosestOffenses closest() {
        if (closest == null) {
            closest = new ClosestOffenses(offenses);
        }
        return closest;
    }

    /** The code with an alias of exactly these canonical words, or {@code null}. */
    Offense owner(List<String> canonical) {
        return exact.get(String.join(" ", canonical));
    }

    Recognition match(ChargeText charge) {
        boolean attempt = charge.attempt();
        List<String> canonical = ChargeWords.canonical(charge.words());
        if (canonical.isEmpty()) {
            return Recognition.unrecognised(attempt, List.of());
        }
        Offense exactMatch = exact.get(String.join(" ", canonical));
        if (exactMatch != null) {
            return Recognition.of(byCitation(exactMatch, canonical, charge.citedArticles()), attempt);
        }

        List<Hit> hits = findAll(canonical);
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
            return Recognition.unrecognised(attempt, closest().of(charge));
        }
        if (codes.size() > 1) {
            return Recognition.ambiguous(List.copyOf(codes), attempt);
        }
        Hit only = standing.get(0);
        return Recognition.of(byCitation(only.offense(), List.of(only.words()), charge.citedArticles()), attempt);
    }

    /**
     * The offence the file's own citation names, when two offences share a name: «Rebelión,
     * previsto en el artículo 476 …» cites the article of military rebellion (COJM), not that of
     * rebellion (CP art. 143). When the cited articles are none of the recognised offence's, and
     * exactly one offence whose name contains the same words has one of them, that one is meant.
     * Otherwise the recognised offence stands (court files also cite articles in other numberings).
     */
    private Offense byCitation(Offense recognised, List<String> words, Set<Integer> cited) {
        if (cited.isEmpty() || !Collections.disjoint(StatuteArticles.of(recognised.statute()), cited)) {
            return recognised;
        }
        Set<Offense> meant = new LinkedHashSet<>();
        for (Alias alias : aliasesContaining(words)) {
            if (alias.offense() != recognised
                    && !Collections.disjoint(StatuteArticles.of(alias.offense().statute()), cited)) {
                meant.add(alias.offense());
            }
        }
        return meant.size() == 1 ? meant.iterator().next() : recognised;
    }

    /** The aliases whose words include every one of {@code words}. */
    private List<Alias> aliasesContaining(List<String> words) {
        List<Alias> found = new ArrayList<>();
        for (List<Alias> aliases : byFirstWord.values()) {
            for (Alias alias : aliases) {
                if (List.of(alias.words()).containsAll(words)) {
                    found.add(alias);
                }
            }
        }
        return found;
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
                    hits.add(new Hit(start, start + alias.words().length, alias.length(), alias.offense(),
                            alias.words()));
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
