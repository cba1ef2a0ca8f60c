package org.amnistia.engine;

import java.util.Comparator;

/**
 * Sorts citations numerically by article, then numeral: "4" < "8" < "8.2" < "8.10" < "9" < "11".
 * Parts that are not numbers (doubt ids, field names) sort as text, so the order is total. Compares
 * in place, part by part, without splitting: verdicts sort their citations on the roster hot path.
 */
public final class ArticleOrder implements Comparator<String> {

    public static final ArticleOrder INSTANCE = new ArticleOrder();

    private ArticleOrder() {
    }

    @Override
    public int compare(String a, String b) {
        return compare(a, key(a), b, key(b));
    }

    /** Compares two citations whose {@link #key}s the caller worked out once. */
    int compare(String a, int ka, String b, int kb) {
        if (ka >= 0 && kb >= 0) {
            return Integer.compare(ka, kb);
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = partEnd(a, i);
            int endB = partEnd(b, j);
            int c = comparePart(a, i, endA, b, j, endB);
            if (c != 0) {
                return c;
            }
            i = endA + 1;
            j = endB + 1;
        }
        // Equal so far: the one with parts left is the longer citation, "8" < "8.2".
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /**
     * The order of an article or numeral ("8", "8.12"; up to 4 digits each) as one number, so that
     * the usual citations compare without parsing parts; {@code -1} for anything else.
     */
    static int key(String s) {
        int article = 0;
        int i = 0;
        for (; i < s.length() && s.charAt(i) != '.'; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || i >= 4) {
                return -1;
            }
            article = article * 10 + (c - '0');
        }
        if (i == 0) {
            return -1;
        }
        if (i == s.length()) {
            return article * 100_000;
        }
        int numeral = 0;
        int digits = 0;
        for (i++; i < s.length(); i++, digits++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || digits >= 4) {
                return -1;
            }
            numeral = numeral * 10 + (c - '0');
        }
        return digits == 0 ? -1 : article * 100_000 + numeral + 1;
    }

    private static int partEnd(String s, int from) {
        int dot = s.indexOf('.', from);
        return dot < 0 ? s.length() : dot;
    }

    private static int comparePart(String a, int fromA, int toA, String b, int fromB, int toB) {
        boolean na = isNumber(a, fromA, toA);
        boolean nb = isNumber(b, fromB, toB);
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a, fromA, toA, 10), Integer.parseInt(b, fromB, toB, 10));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        int n = Math.min(toA - fromA, toB - fromB);
        for (int k = 0; k < n; k++) {
            int c = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(toA - fromA, toB - fromB);
    }

    private static boolean isNumber(String s, int from, int to) {
        if (from == to || to - from > 9) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
