package org.amnistia.offense;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue codes a text that names none most resembles, for the question «¿quiso decir…?».
 * Each code's name and aliases are compared with the text by the letter trigrams of their
 * canonical words (Dice's coefficient), which forgives typos, missing words and other word orders
 * alike. A suggestion is only ever shown to a person: it never recognises a charge.
 */
final class ClosestOffenses {

    /** At most this many suggestions. */
    static final int LIMIT = 3;
    /** Below this resemblance a code is not worth suggesting. */
    private static final double THRESHOLD = 0.4;

    private record Candidate(Offense offense, int[] trigrams) {
    }

    private final List<Candidate> candidates = new ArrayList<>();

    ClosestOffenses(List<Offense> offenses) {
        for (Offense offense : offenses) {
            candidates.add(new Candidate(offense, trigrams(ChargeText.of(offense.name()))));
            for (String alias : offense.aliases()) {
                candidates.add(new Candidate(offense, trigrams(ChargeText.of(alias))));
            }
        }
    }

    /** The closest codes, most alike first; empty when nothing is alike enough. */
    List<Offense> of(ChargeText text) {
        int[] grams = trigrams(text);
        if (grams.length == 0) {
            return List.of();
        }
        Map<Offense, Double> best = new HashMap<>();
        for (Candidate c : candidates) {
            double score = dice(grams, c.trigrams());
            if (score >= THRESHOLD) {
                best.merge(c.offense(), score, Math::max);
            }
        }
        Map<Offense, Double> ranked = new LinkedHashMap<>();
        best.entrySet().stream()
                .sorted(Map.Entry.<Offense, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().code()))
                .limit(LIMIT)
                .forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return List.copyOf(ranked.keySet());
    }

    /** The sorted, distinct letter trigrams of the canonical words, each word padded with spaces. */
    private static int[] trigrams(ChargeText text) {
        List<String> words = ChargeWords.canonical(text.words());
        int[] grams = new int[0];
        int n = 0;
        for (String word : words) {
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                if (n == grams.length) {
                    grams = Arrays.copyOf(grams, Math.max(8, n * 2));
                }
                grams[n++] = padded.charAt(i) << 16 | padded.charAt(i + 1) << 8 | padded.charAt(i + 2);
            }
        }
        return Arrays.stream(grams, 0, n).sorted().distinct().toArray();
    }

    /** 2·|A∩B| / (|A|+|B|) over two sorted sets. */
    private static double dice(int[] a, int[] b) {
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }
}
