package org.amnistia.law;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names closest to a mistyped one, for «¿quiso decir …?»: a name that holds the typed one
 * first, as {@code REBELION} for {@code REBELION_MILITAR}; then by edit distance; accents
 * and case aside.
 */
final class ClosestNames {

    private static final int SHOWN = 3;

    private ClosestNames() {
    }

    static List<String> to(String wanted, Collection<String> names) {
        String w = plain(wanted);
        return names.stream()
                .sorted(Comparator.comparingInt((String n) -> contains(w, plain(n)) ? 0 : 1)
                        .thenComparingInt(n -> distance(w, plain(n))).thenComparing(n -> n))
                .limit(SHOWN).toList();
    }

    /** {@code " ¿Quiso decir «a», «b»? | Did you mean …?"}, or nothing when there is no name. */
    static String hint(String wanted, Collection<String> names) {
        List<String> closest = to(wanted, names);
        if (closest.isEmpty()) {
            return "";
        }
        String list = "«" + String.join("», «", closest) + "»";
        return " ¿Quiso decir " + list + "? | Did you mean " + list + "?";
    }

    private static boolean contains(String wanted, String name) {
        return !wanted.isEmpty() && name.contains(wanted);
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
