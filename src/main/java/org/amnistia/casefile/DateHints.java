package org.amnistia.casefile;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to tell a person whose date {@link PartialDate#parse} refused: the ISO date they probably meant
 * ({@code 30/07/2024} → {@code 2024-07-30}, read day first as in Venezuela) or why there is none
 * ({@code 31/02/2024}: February 2024 has 29 days). Only a suggestion: the date stays refused, since a
 * case writes its dates {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
 */
final class DateHints {


    private static final Pattern WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\S.*");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[/.\\-]\\s*(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d+");


    private DateHints() {
    }

    /**
     * For a text that is not {@code YYYY[-MM[-DD]]}: {@code {es, en}} to follow the message that says
     * so (a suggestion, or why the date cannot be), or {@code null} when the text is no recognisable date.
     */
    static String[] otherShape(String text) {
        Matcher m = WITH_TIME.matcher(text);
        if (m.matches() && reason(text.substring(0, 4), text.substring(5, 7), text.substring(8, 10)) == null) {
            return suggest(m.group(1), "solo el día, sin la hora", "the day only, without the time");
        }
        m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            boolean shortYear = m.group(4).length() == 2;
            int y = Integer.parseInt(m.group(4));
            String year = shortYear ? String.valueOf(y <= 50 ? 2000 + y : 1900 + y) : m.group(4);
            String[] why = reason(year, m.group(3), m.group(1));
            if (why != null) {
                int month = Integer.parseInt(m.group(3));
                int day = Integer.parseInt(m.group(1));
                if (month < 1 || month > 12) {
                    return new String[] {
                        "leída como día/mes/año (el uso en Venezuela), el mes sería " + month + ", y " + why[0],
                        "read as day/month/year (the Venezuelan use), the month would be " + month + ", and " + why[1]};
                }
                if (day < 1) {
                    return new String[] {"leída como día/mes/año (el uso en Venezuela), " + why[0],
                        "read as day/month/year (the Venezuelan use), " + why[1]};
                }
                String[] named = named(year, month, day);
                return new String[] {
                    "leída como día/mes/año (el uso en Venezuela) sería el " + named[0] + ", que no existe (" + why[0] + ")",
                    "read as day/month/year (the Venezuelan use) it would be " + named[1] + ", which does not exist (" + why[1] + ")"};
            }
            return suggest(iso(year, m.group(3), m.group(1)),
                    shortYear ? "leída como día/mes/año; el año va con cuatro cifras" : "leída como día/mes/año",
                    shortYear ? "read as day/month/year; the year takes four digits" : "read as day/month/year");
        }
        m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return dayOrWhy(m.group(1), m.group(3), m.group(4));
        }
        m = COMPACT.matcher(text);
        if (m.matches()) {
            return dayOrWhy(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_YEAR.matcher(text);
        if (m.matches()) {
            return monthOrWhy(m.group(2), Integer.parseInt(m.group(1)));
        }
        m = YEAR_MONTH.matcher(text);
        if (m.matches()) {
            return monthOrWhy(m.group(1), Integer.parseInt(m.group(2)));
        }
        return withMonthName(text);
    }

    /**
     * For a {@code YYYY-MM[-DD]} that is no real date: {@code {es, en}} saying why
     * ({@code febrero de 2024 tiene 29 días}, {@code no hay mes 13}); {@code null} when it is real.
     */
    static String[] impossible(String year, String month, String day) {
        return reason(year, month, day);
    }

    /** {@code 30 de julio de 2024}, {@code 30-jul-2024}, {@code July 30, 2024}, {@code julio 2024}. */
    private static String[] withMonthName(String text) {
        Matcher words = WORD.matcher(Words.normalize(text));
        List<String> parts = new ArrayList<>();
        while (words.find()) {
            String w = words.group();
            if (!w.equals("de") && !w.equals("del") && !w.equals("of")) {
                parts.add(w);
            }
        }
        if (parts.size() == 3 && isNumber(parts.get(0), 2) && MonthNames.isMonth(parts.get(1)) && isNumber(parts.get(2), 4)) {
            return dayOrWhy(parts.get(2), String.valueOf(MonthNames.number(parts.get(1))), parts.get(0));
        }
        if (parts.size() == 3 && MonthNames.isMonth(parts.get(0)) && isNumber(parts.get(1), 2) && isNumber(parts.get(2), 4)) {
            return dayOrWhy(parts.get(2), String.valueOf(MonthNames.number(parts.get(0))), parts.get(1));
        }
        if (parts.size() == 2 && MonthNames.isMonth(parts.get(0)) && isNumber(parts.get(1), 4)) {
            return monthOrWhy(parts.get(1), MonthNames.number(parts.get(0)));
        }
        return null;
    }

    private static boolean isNumber(String s, int maxDigits) {
        return s.length() <= maxDigits && s.chars().allMatch(c -> c >= '0' && c <= '9')
                && (maxDigits != 4 || s.length() == 4);
    }

    private static String[] dayOrWhy(String year, String month, String day) {
        String[] why = reason(year, month, day);
        if (why == null) {
            return suggest(iso(year, month, day), null, null);
        }
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12 || d < 1) {
            return why;
        }
        String[] named = named(year, m, d);
        return new String[] {"el " + named[0] + " no existe (" + why[0] + ")",
            named[1] + " does not exist (" + why[1] + ")"};
    }

    private static String[] monthOrWhy(String year, int month) {
        if (month < 1 || month > 12) {
            return new String[] {"no hay mes " + month, "there is no month " + month};
        }
        return suggest(year + "-" + two(month), "todo el mes", "the whole month");
    }

    private static String[] suggest(String iso, String noteEs, String noteEn) {
        return new String[] {
            "¿quiso decir " + iso + "?" + (noteEs == null ? "" : " (" + noteEs + ")"),
            "did you mean " + iso + "?" + (noteEn == null ? "" : " (" + noteEn + ")")};
    }

    /** Why year-month-day, as written, is no real day ({@link CalendarDay#whyNot}). */
    private static String[] reason(String yearText, String monthText, String dayText) {
        return CalendarDay.whyNot(Integer.parseInt(yearText), Integer.parseInt(monthText), Integer.parseInt(dayText));
    }

    /** {@code {"31 de febrero de 2024", "31 February 2024"}}. */
    private static String[] named(String year, int month, int day) {
        return new String[] {day + " de " + MonthNames.spanish(month) + " de " + Integer.parseInt(year),
            day + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + Integer.parseInt(year)};
    }

    private static String iso(String year, String month, String day) {
        return year + "-" + two(Integer.parseInt(month)) + "-" + two(Integer.parseInt(day));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
