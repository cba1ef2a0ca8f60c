package org.amnistia.casefile;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** Whether a year, month and day make a real calendar day, and if not why, in both languages. */
public final class CalendarDay {

    private CalendarDay() {
    }

    /** Why year-month-day is no real day, {@code {es, en}}; {@code null} when it is one. */
    public static String[] whyNot(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return new String[] {"no hay mes " + month, "there is no month " + month};
        }
        if (day < 1) {
            return new String[] {"no hay día " + day, "there is no day " + day};
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day > length) {
            String en = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return new String[] {MonthNames.spanish(month) + " de " + year + " tiene " + length + " días",
                en + " " + year + " has " + length + " days"};
        }
        return null;
    }
}
