package org.amnistia.offense;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a reduced charge text as the alias index compares them, so that the ways charge
 * sheets vary do not defeat recognition (docs/ley/delitos.md, «Reconocimiento tolerante»):
 * <ol>
 *   <li>abbreviations written out ({@code asoc} → {@code asociacion});</li>
 *   <li>articles and the prepositions that only join words dropped ({@code de la}, {@code del},
 *       {@code a la}, {@code al}, {@code en}): «daños a la propiedad pública» and «daños de propiedad
 *       pública» are the same words;</li>
 *   <li>number and gender folded: a final {@code -s}, then a final vowel {@code -a}, {@code -e} or
 *       {@code -o} are dropped («lesiones» and «lesión», «graves» and «grave», «públicas» and
 *       «público» fold to one word);</li>
 *   <li>the synonyms courts use for one offence replaced by one word (obstrucción / cierre →
 *       obstaculización; perturbación → alteración), each an explicit, tested rule.</li>
 * </ol>
 * Aliases and texts go through the same steps, so an alias need not be written in every form.
 * None of this can turn a text into a code whose words it does not contain: the matching that
 * follows still needs every word of an alias, and still refuses to choose between two codes.
 */
final class ChargeWords {

    /** Articles and joining prepositions: they never tell two offences apart. */
    private static final Set<String> JOINING = Set.of("el", "la", "los", "las", "lo", "un", "una", "unos",
            "unas", "de", "del", "a", "al", "en", "the", "of");

    /** Abbreviations seen in charge sheets and NGO lists, written out. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "asoc", "asociacion",
            "agav", "agavillamiento",
            "inst", "instigacion",
            "ilic", "ilicito",
            "fzas", "fuerzas",
            "fanb", "fuerza armada nacional bolivariana");

    /**
     * One offence, several words: each word on the left is read as the word on the right. Only
     * synonyms that name the same offence in every context they appear in belong here. Looked up
     * after number and gender are folded, so «obstrucciones» is «obstrucción».
     */
    private static final Map<String, String> SYNONYMS = folded(Map.of(
            // «obstrucción de la vía pública», «cierre de vías»: the offence of CP art. 357
            "obstruccion", "obstaculizacion",
            "cierre", "obstaculizacion",
            "obstaculizar", "obstaculizacion",
            "obstruir", "obstaculizacion",
            // «perturbación del orden público» is how some files write «alteración del orden público»
            "perturbacion", "alteracion"));

    private ChargeWords() {
    }

    /** The canonical words of a reduced text (the words of {@link ChargeText}). */
    static List<String> canonical(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String word : words) {
            String expanded = ABBREVIATIONS.getOrDefault(word, word);
            for (String part : expanded.split(" ")) {
                if (JOINING.contains(part)) {
                    continue;
                }
                String folded = fold(part);
                out.add(SYNONYMS.getOrDefault(folded, folded));
            }
        }
        return out;
    }

    private static Map<String, String> folded(Map<String, String> synonyms) {
        Map<String, String> folded = new HashMap<>();
        synonyms.forEach((word, meaning) -> folded.put(fold(word), fold(meaning)));
        return Map.copyOf(folded);
    }

    /** Number and gender folded: a final -s, then a final -a, -e or -o, on words of four letters or more. */
    static String fold(String word) {
        String w = word;
        if (w.length() > 3 && w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        char last = w.charAt(w.length() - 1);
        if (w.length() > 3 && (last == 'a' || last == 'e' || last == 'o')) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
