package org.amnistia.engine;

import java.util.Comparator;

/**
 * Sorts citations numerically by article, then numeral: "4" < "8" < "8.2" < "8.10" < "9" < "11".
 * Parts that are not numbers (doubt ids, field names) sort as text, so the order is total.
 */
public final class ArticleOrder implements Comparator<String> {

    public static final ArticleOrder INSTANCE = new ArticleOrder();

    private ArticleOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            int c = comparePart(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePart(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return na != nb ? (na ? -1 : 1) : a.compareTo(b);
    }

    private static boolean isNumber(String part) {
        if (part.isEmpty() || part.length() > 9) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (!Character.isDigit(part.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
