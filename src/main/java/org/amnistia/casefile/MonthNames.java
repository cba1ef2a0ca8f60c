package org.amnistia.casefile;

import java.util.HashMap;
import java.util.Map;

/**
 * Month names as people write them in dates, Spanish and English, full and abbreviated, accent-free
 * lower case ({@code julio}, {@code jul}, {@code july} → 7), and the Spanish name of each month for
 * the messages that explain a date.
 */
public final class MonthNames {

    private static final String[] SPANISH = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        String[][] names = {
            {"enero", "ene", "january", "jan"}, {"febrero", "feb", "february"}, {"marzo", "mar", "march"},
            {"abril", "abr", "april", "apr"}, {"mayo", "may"}, {"junio", "jun", "june"}, {"julio", "jul", "july"},
            {"agosto", "ago", "august", "aug"}, {"septiembre", "setiembre", "sep", "sept", "set", "september"},
            {"octubre", "oct", "october"}, {"noviembre", "nov", "november"}, {"diciembre", "dic", "december", "dec"}};
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                NUMBERS.put(n, m + 1);
            }
        }
    }

    private MonthNames() {
    }

    /** Whether {@code word} (accent-free lower case) names a month. */
    public static boolean isMonth(String word) {
        return NUMBERS.containsKey(word);
    }

    /** The month {@code word} names, 1–12. */
    public static int number(String word) {
        return NUMBERS.get(word);
    }

    /** The Spanish name of month 1–12. */
    public static String spanish(int month) {
        return SPANISH[month - 1];
    }
}
