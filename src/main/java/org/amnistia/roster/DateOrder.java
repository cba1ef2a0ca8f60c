package org.amnistia.roster;

import java.util.Locale;

/**
 * The order of day, month and year in a date written with numbers only ({@code 03/07/2024}). Day
 * first is the Venezuelan use and the default; a sheet that writes otherwise says so with
 * {@code --date-order} or the column map's {@code fechas:}. A year written first ({@code 2024/07/03})
 * is always year, month, day.
 */
public enum DateOrder {
    DAY_MONTH_YEAR("dmy", "día/mes/año", "day/month/year"),
    MONTH_DAY_YEAR("mdy", "mes/día/año", "month/day/year"),
    YEAR_MONTH_DAY("ymd", "año/mes/día", "year/month/day");

    private final String code;
    private final String es;
    private final String en;

    DateOrder(String code, String es, String en) {
        this.code = code;
        this.es = es;
        this.en = en;
    }

    /** {@code dmy}, {@code mdy} or {@code ymd}: how the column map and the command line write it. */
    public String code() {
        return code;
    }

    public String es() {
        return es;
    }

    public String en() {
        return en;
    }

    /**
     * {@code dmy}/{@code mdy}/{@code ymd}, or the order spelled out in Spanish or English with any
     * separator ({@code día-mes-año}, {@code dd/mm/aaaa}, {@code day/month/year}); {@code null} for
     * anything else.
     */
    public static DateOrder parse(String text) {
        if (text == null) {
            return null;
        }
        String k = SheetWords.key(text).replace(" ", "");
        for (DateOrder o : values()) {
            if (k.equals(o.code) || k.equals(SheetWords.key(o.es).replace(" ", ""))
                    || k.equals(SheetWords.key(o.en).replace(" ", ""))) {
                return o;
            }
        }
        return switch (k.toLowerCase(Locale.ROOT)) {
            case "ddmmaaaa", "ddmmyyyy", "diamesano", "dma" -> DAY_MONTH_YEAR;
            case "mmddaaaa", "mmddyyyy", "mesdiaano", "mda" -> MONTH_DAY_YEAR;
            case "aaaammdd", "yyyymmdd", "anomesdia", "amd" -> YEAR_MONTH_DAY;
            default -> null;
        };
    }

    /** The accepted spellings, for messages. */
    static String allowed() {
        return "dmy (día/mes/año), mdy (mes/día/año), ymd (año/mes/día)";
    }
}
