package org.amnistia.roster;

import org.amnistia.casefile.CalendarDay;
import org.amnistia.casefile.InvalidCaseException;
import org.amnistia.casefile.MonthNames;
import org.amnistia.casefile.PartialDate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in a sheet cell as people write it, read into the case's date (a day, a month or a year):
 * {@code 2024-07-30}, {@code 2024-07}, {@code 2024}; {@code 30/07/2024}, {@code 30-07-2024},
 * {@code 30.07.2024}, {@code 3/7/2024} in the sheet's {@link DateOrder} (day first unless told);
 * {@code 07/2024}; {@code julio de 2024}, {@code jul-2024}; {@code 30 de julio de 2024},
 * {@code 1° de julio de 2024}, {@code 30-jul-2024}, {@code July 30, 2024}; a time after the day is
 * dropped ({@code 2024-07-30 00:00:00}, as exports write it). A date that cannot be in the chosen
 * order is an error saying why, never read in another order; a two-digit year is an error too (the
 * century would be a guess).
 */
final class PeopleDates {


    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern TIME = Pattern.compile("(\\S+)(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?m\\.?)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THREE_NUMBERS = Pattern.compile("(\\d{1,4})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[/.]\\s*(\\d{1,2})");
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d+");

    private PeopleDates() {
    }

    /** The case's date for {@code text} (trimmed), read in {@code order}; an {@link InvalidCaseException} without a field otherwise. */
    static PartialDate parse(String text, DateOrder order) {
        String t = text.strip();
        if (ISO.matcher(t).matches()) {
            return PartialDate.parse(t); // the case's own shapes, and its messages for an impossible one
        }
        Matcher timed = TIME.matcher(t);
        if (timed.matches() && !timed.group(1).equals(t)) {
            return dayOnly(parse(timed.group(1), order), t);
        }
        Matcher m = THREE_NUMBERS.matcher(t);
        if (m.matches()) {
            return threeNumbers(t, m, order);
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return month(t, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = YEAR_MONTH.matcher(t);
        if (m.matches()) {
            return month(t, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        PartialDate named = withMonthName(t);
        if (named != null) {
            return named;
        }
        throw new InvalidCaseException("", "«" + t + "» no es una fecha (se admite 30/07/2024, 30-07-2024, 07/2024, "
                + "julio de 2024, 30 de julio de 2024, 2024-07-30, 2024-07 o 2024)",
                "«" + t + "» is not a date (allowed: 30/07/2024, 30-07-2024, 07/2024, julio de 2024, "
                + "30 de julio de 2024, 2024-07-30, 2024-07 or 2024)");
    }

    private static PartialDate dayOnly(PartialDate date, String written) {
        if (!date.dayPrecise()) {
            throw new InvalidCaseException("", "«" + written + "» no es una fecha", "«" + written + "» is not a date");
        }
        return date;
    }

    /** {@code a/b/c}: by its four-digit part and the chosen order. */
    private static PartialDate threeNumbers(String written, Matcher m, DateOrder order) {
        String a = m.group(1);
        String b = m.group(3);
        String c = m.group(4);
        if (a.length() == 4) {
            return day(written, a, b, c, null);
        }
        if (c.length() != 4) {
            throw new InvalidCaseException("", "«" + written + "»: el año va con cuatro cifras (el siglo sería una suposición)",
                    "«" + written + "»: the year takes four digits (the century would be a guess)");
        }
        if (order == DateOrder.MONTH_DAY_YEAR) {
            return day(written, c, a, b, order);
        }
        if (order == DateOrder.YEAR_MONTH_DAY) {
            throw new InvalidCaseException("", "«" + written + "» no empieza por el año, y el orden elegido es año/mes/día",
                    "«" + written + "» does not start with the year, and the order chosen is year/month/day");
        }
        return day(written, c, b, a, DateOrder.DAY_MONTH_YEAR);
    }

    /** A day, or the reason it is none in {@code order} (never read in another order). */
    private static PartialDate day(String written, String yearText, String monthText, String dayText, DateOrder order) {
        int year = Integer.parseInt(yearText);
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        String[] why = CalendarDay.whyNot(year, month, day);
        if (why == null) {
            LocalDate d = LocalDate.of(year, month, day);
            return new PartialDate(d, d, PartialDate.Precision.DAY, d.toString());
        }
        String readEs = order == null ? "" : "leída como " + order.es() + ", ";
        String readEn = order == null ? "" : "read as " + order.en() + ", ";
        String otherEs = "";
        String otherEn = "";
        if (order != null && order != DateOrder.YEAR_MONTH_DAY && CalendarDay.whyNot(year, day, month) == null) {
            DateOrder other = order == DateOrder.DAY_MONTH_YEAR ? DateOrder.MONTH_DAY_YEAR : DateOrder.DAY_MONTH_YEAR;
            otherEs = " (si la hoja escribe " + other.es() + ", indíquelo con --date-order " + other.code()
                    + " o «fechas: " + other.code() + "» en el mapa de columnas)";
            otherEn = " (if the sheet writes " + other.en() + ", say so with --date-order " + other.code()
                    + " or «fechas: " + other.code() + "» in the column map)";
        }
        throw new InvalidCaseException("", "«" + written + "» no es una fecha posible: " + readEs + why[0] + otherEs,
                "«" + written + "» is not a possible date: " + readEn + why[1] + otherEn);
    }

    private static PartialDate month(String written, int year, int month) {
        if (month < 1 || month > 12) {
            throw new InvalidCaseException("", "«" + written + "» no es una fecha posible: no hay mes " + month,
                    "«" + written + "» is not a possible date: there is no month " + month);
        }
        YearMonth ym = YearMonth.of(year, month);
        return new PartialDate(ym.atDay(1), ym.atEndOfMonth(), PartialDate.Precision.MONTH, ym.toString());
    }

    /** {@code 30 de julio de 2024}, {@code 1° de julio de 2024}, {@code 30-jul-2024}, {@code July 30, 2024}, {@code julio de 2024}. */
    private static PartialDate withMonthName(String written) {
        Matcher words = WORD.matcher(SheetWords.key(written.replaceAll("(\\d)\\s*(?:°|º|ro\\b|er\\b)", "$1")));
        List<String> parts = new ArrayList<>();
        while (words.find()) {
            String w = words.group();
            if (!w.equals("de") && !w.equals("del") && !w.equals("of")) {
                parts.add(w.equals("primero") ? "1" : w);
            }
        }
        if (parts.size() == 3 && isNumber(parts.get(0), 2) && MonthNames.isMonth(parts.get(1)) && isYear(parts.get(2))) {
            return day(written, parts.get(2), String.valueOf(MonthNames.number(parts.get(1))), parts.get(0), null);
        }
        if (parts.size() == 3 && MonthNames.isMonth(parts.get(0)) && isNumber(parts.get(1), 2) && isYear(parts.get(2))) {
            return day(written, parts.get(2), String.valueOf(MonthNames.number(parts.get(0))), parts.get(1), null);
        }
        if (parts.size() == 2 && MonthNames.isMonth(parts.get(0)) && isYear(parts.get(1))) {
            return month(written, Integer.parseInt(parts.get(1)), MonthNames.number(parts.get(0)));
        }
        return null;
    }

    private static boolean isNumber(String s, int maxDigits) {
        return s.length() <= maxDigits && s.chars().allMatch(Character::isDigit);
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && s.chars().allMatch(Character::isDigit);
    }
}
