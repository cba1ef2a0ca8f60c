package org.amnistia.casefile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a case file gives it: a day ({@code 2024-07-30}), a month ({@code 2024-07}) or a year
 * ({@code 2024}). A month or a year stands for every day in it, so it is a range of days.
 */
public record PartialDate(LocalDate first, LocalDate last, Precision precision, String text) {

    public enum Precision { DAY, MONTH, YEAR }

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Parses an ISO date, month or year; throws {@link InvalidCaseException} saying what is wrong, with
     * no field: the caller names it ({@link InvalidCaseException#at}). A date in another order is refused
     * too, with the ISO date it probably meant ({@code 30/07/2024}: «¿quiso decir 2024-07-30?», day first
     * as in Venezuela), and an impossible one says why ({@link DateHints}).
     */
    public static PartialDate parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        PartialDate exact = exactDay(trimmed);
        if (exact != null) {
            return exact;
        }
        Matcher m = SHAPE.matcher(trimmed);
        if (!m.matches()) {
            if (trimmed.isEmpty()) {
                throw new InvalidCaseException("", "la fecha está vacía: escriba AAAA-MM-DD, AAAA-MM o AAAA, o quite el campo si no se sabe",
                        "the date is empty: write YYYY-MM-DD, YYYY-MM or YYYY, or leave the field out when unknown");
            }
            String[] hint = DateHints.otherShape(trimmed);
            throw new InvalidCaseException("", "«" + trimmed + "» no es una fecha AAAA-MM-DD, AAAA-MM o AAAA"
                    + (hint == null ? "" : ": " + hint[0]),
                    "«" + trimmed + "» is not a date YYYY-MM-DD, YYYY-MM or YYYY" + (hint == null ? "" : ": " + hint[1]));
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, trimmed);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new PartialDate(month.atDay(1), month.atEndOfMonth(), Precision.MONTH, trimmed);
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new PartialDate(day, day, Precision.DAY, trimmed);
        } catch (DateTimeException e) {
            String[] why = DateHints.impossible(m.group(1), m.group(2), m.group(3) == null ? "1" : m.group(3));
            throw new InvalidCaseException("", "«" + trimmed + "» es una fecha imposible" + (why == null ? "" : ": " + why[0]),
                    "«" + trimmed + "» is an impossible date" + (why == null ? "" : ": " + why[1]));
        }
    }

    /**
     * {@code YYYY-MM-DD}, the shape of nearly every date in a roster, without the regular expression;
     * {@code null} for any other shape or an impossible day (then {@link #parse} says why).
     */
    private static PartialDate exactDay(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return new PartialDate(d, d, Precision.DAY, text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    public boolean dayPrecise() {
        return precision == Precision.DAY;
    }

    @Override
    public String toString() {
        return text;
    }
}
