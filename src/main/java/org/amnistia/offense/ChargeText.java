package org.amnistia.offense;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A charge as written in the court file, reduced to the words that name the offense, with the
 * attempt marker it carried (docs/spec/semantica.md §4, replacing steps 2–5 of docs/ley/delitos.md). After
 * normalisation the text is a sequence of words, runs of {@code [a-z0-9]}; every other character
 * separates words, so spaces collapse and punctuation drops. The markers below are matched as
 * whole words.
 */
final class ChargeText {

    /** Attempts (tentativa, frustración: D08). */
    private static final Phrases ATTEMPT = new Phrases("en grado de tentativa", "tentativa", "tentado", "tentada",
            "en grado de frustracion", "frustracion", "frustrado", "frustrada", "intento de");
    /**
     * The statute citation starts at the first of these words, or at a bare number. The
     * participles include their feminine and plural forms ("prevista y sancionada").
     */
    private static final Set<String> STATUTE = Set.of("previsto", "prevista", "previstos", "previstas",
            "tipificado", "tipificada", "tipificados", "tipificadas", "sancionado", "sancionada", "sancionados",
            "sancionadas", "segun", "conforme", "art.", "arts.", "articulo", "articulos");
    /** Abbreviations that keep their period as part of the word, so that "art." is not "art". */
    private static final Set<String> ABBREVIATIONS = Set.of("art", "arts");
    /** Neutral anywhere: degrees of participation, "continuado", "presunto/a". */
    private static final Phrases NEUTRAL = new Phrases("en grado de autor", "coautor", "complice",
            "cooperador inmediato", "determinador", "continuado", "presunto", "presunta");
    /** Neutral at the start only. */
    private static final Phrases LEADING = new Phrases("el delito de", "los delitos de", "delito de");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Innermost parenthesised or bracketed part; applied until none is left. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()\\[\\]]*\\)|\\[[^()\\[\\]]*\\]");

    private final List<String> words;
    private final String text;
    private final boolean attempt;
    private final Set<Integer> citedArticles;

    private ChargeText(List<String> words, boolean attempt, Set<Integer> citedArticles) {
        this.words = List.copyOf(words);
        this.text = String.join(" ", words);
        this.attempt = attempt;
        this.citedArticles = Set.copyOf(citedArticles);
    }

    /**
     * A citation of the military justice code: the offence it cites is the military one, so
     * «Rebelión, previsto en el artículo 476 del Código Orgánico de Justicia Militar» is read as
     * «rebelión militar».
     */
    private static final Pattern MILITARY_CODE = Pattern.compile("\\bjusticia militar\\b|\\bc\\.?\\s?o\\.?\\s?j\\.?\\s?m\\b");

    /** Reduces a raw charge text; the result may be empty when nothing but citations was written. */
    static ChargeText of(String raw) {
        String plain = unaccented(raw);
        List<String> words = words(withoutBrackets(plain));

        // §4: attempt markers are removed before the citation is cut, so one after it still counts.
        int before = words.size();
        words = ATTEMPT.removeAll(words);
        boolean attempt = words.size() < before;

        Set<Integer> cited = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (STATUTE.contains(word) || isNumber(word)) {
                for (String w : words.subList(i, words.size())) {
                    if (isNumber(w) && w.length() <= 4) {
                        cited.add(Integer.parseInt(w));
                    }
                }
                words = words.subList(0, i);
                break;
            }
        }

        words = NEUTRAL.removeAll(words);
        int start = 0;
        for (int n; (n = LEADING.lengthAt(words, start)) > 0; ) {
            start += n;
        }
        words = words.subList(start, words.size());
        if (!words.isEmpty() && !words.contains("militar") && MILITARY_CODE.matcher(plain).find()) {
            words = new ArrayList<>(words);
            words.add("militar");
        }
        return new ChargeText(words, attempt, cited);
    }

    /** The text without its parenthesised or bracketed parts. */
    private static String withoutBrackets(String plain) {
        String s = plain;
        while (s.indexOf('(') >= 0 || s.indexOf('[') >= 0) {
            String previous = s;
            s = BRACKETED.matcher(s).replaceAll(" ");
            if (s.equals(previous)) {
                break; // an unclosed bracket is left as a separator
            }
        }
        return s;
    }

    /** Lower case, no accents (NFD minus combining marks: á→a, ü→u, ñ→n). */
    private static String unaccented(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        return isAscii(s) ? s : COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                String word = s.substring(start, i);
                words.add(c == '.' && ABBREVIATIONS.contains(word) ? word + "." : word);
                start = -1;
            }
        }
        return words;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The remaining words. */
    List<String> words() {
        return words;
    }

    /** The remaining words, separated by single spaces. */
    String text() {
        return text;
    }

    boolean attempt() {
        return attempt;
    }

    /** The numbers of the citation the text carried («previsto en el artículo 476 …» → 476), if any. */
    Set<Integer> citedArticles() {
        return citedArticles;
    }

    /** A list of multi-word markers, matched longest first at each position. */
    private static final class Phrases {

        private final String[][] phrases;

        Phrases(String... phrases) {
            this.phrases = Arrays.stream(phrases).map(p -> p.split(" "))
                    .sorted(Comparator.comparingInt((String[] p) -> p.length).reversed())
                    .toArray(String[][]::new);
        }

        /** The number of words of the longest phrase starting at {@code i}, or 0. */
        int lengthAt(List<String> words, int i) {
            for (String[] phrase : phrases) {
                if (i + phrase.length <= words.size() && matches(phrase, words, i)) {
                    return phrase.length;
                }
            }
            return 0;
        }

        List<String> removeAll(List<String> words) {
            List<String> kept = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); ) {
                int n = lengthAt(words, i);
                if (n > 0) {
                    i += n;
                } else {
                    kept.add(words.get(i++));
                }
            }
            return kept;
        }

        private static boolean matches(String[] phrase, List<String> words, int i) {
            for (int k = 0; k < phrase.length; k++) {
                if (!phrase[k].equals(words.get(i + k))) {
                    return false;
                }
            }
            return true;
        }
    }
}
