package org.amnistia.casefile;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How the error messages compare what a person wrote with what the format knows: without case,
 * accents, or the difference between {@code a_derecho}, {@code a-derecho} and {@code a derecho},
 * and by edit distance (a transposition counts as one edit: {@code form} is one edit from {@code from}).
 */
final class Words {

    private Words() {
    }

    /** Lower case, no accents, {@code _} and {@code -} as spaces, spaces collapsed: {@code "Ministerio_Público"} → {@code "ministerio publico"}. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]+", " ").trim();
    }

    /** Only letters and digits of {@link #normalize}: {@code aDerecho}, {@code a_derecho} and {@code a derecho} are one key. */
    static String key(String text) {
        return normalize(text).replaceAll("[^a-z0-9]", "");
    }

    /** Edit distance with adjacent transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    /** How many edits still read as a typo of a word this long: 1 up to 4 letters, 2 up to 7, then 3. */
    static int typoLimit(int length) {
        return length <= 4 ? 1 : length <= 7 ? 2 : 3;
    }
}
