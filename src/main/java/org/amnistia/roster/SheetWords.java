package org.amnistia.roster;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a sheet's own words are compared with the ones the tool knows: without case, accents,
 * punctuation or spacing ({@code "¿Privado/a de libertad?"} and {@code "privado de libertad"} are one
 * key), and with a parenthesised explanation left out ({@code "Fecha de los hechos (dd/mm/aaaa)"}).
 */
final class SheetWords {

    private SheetWords() {
    }

    /**
     * Lower case, accents and parenthesised parts removed, every run of other characters one space,
     * and the feminine ending of «detenido/a» dropped: {@code "Detenido/a (sí/no)"} → {@code "detenido"}.
     */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\([^()]*\\)|\\[[^\\[\\]]*]", " ");
        StringBuilder out = new StringBuilder(plain.length());
        String previous = "";
        for (String word : plain.split("[^a-z0-9]+")) {
            if (word.isEmpty() || (word.equals("a") && previous.endsWith("o") && previous.length() > 2)) {
                continue; // «detenido/a», «privado(a)»: one word
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
            previous = word;
        }
        return out.toString();
    }

    /** Edit distance with adjacent transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    /** The letters a spreadsheet shows above a column: 0 → A, 25 → Z, 26 → AA. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
