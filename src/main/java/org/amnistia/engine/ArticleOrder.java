package org.amnistia.engine;

import java.util.Comparator;

/** Sorts citations numerically by article, then numeral: "4" < "8" < "8.2" < "8.10" < "9" < "11". */
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
            int c = Integer.compare(number(x[i]), number(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int number(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
