package org.amnistia.law;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The coverage figures of {@code docs/ley/cifras.md} §1 for one version and reading, computed
 * from the windows the rules encode: days per numeral, the union of BY DATE numerals, the sum and
 * union of all numerals, and the months and years they touch.
 */
public record CoverageFigures(
        Map<String, Long> daysPerNumeral,
        long byDateDays,
        long allDaysSum,
        long allDaysUnion,
        int monthsTouched,
        int wholeMonths,
        List<Integer> yearsTouched,
        int byDateMonthsTouched,
        int byDateWholeMonths,
        List<Integer> byDateYearsTouched) {

    private static final LocalDate ORIGIN = LocalDate.of(1990, 1, 1);

    public static CoverageFigures of(List<NumeralWindows> numerals, boolean strict) {
        Map<String, Long> perNumeral = new LinkedHashMap<>();
        BitSet byDate = new BitSet();
        BitSet all = new BitSet();
        long sum = 0;
        for (NumeralWindows n : numerals) {
            BitSet own = new BitSet();
            for (NumeralWindows.Span span : n.windows(strict)) {
                own.set(index(span.from()), index(span.to()) + 1);
            }
            perNumeral.merge(n.numeral(), (long) own.cardinality(), Long::sum);
            sum += own.cardinality();
            all.or(own);
            if (!n.byEvent()) {
                byDate.or(own);
            }
        }
        return new CoverageFigures(perNumeral, byDate.cardinality(), sum, all.cardinality(),
                months(all).size(), wholeMonths(all), years(all),
                months(byDate).size(), wholeMonths(byDate), years(byDate));
    }

    private static int index(LocalDate day) {
        return (int) (day.toEpochDay() - ORIGIN.toEpochDay());
    }

    private static LocalDate day(int index) {
        return ORIGIN.plusDays(index);
    }

    /** The months with at least one of the days. */
    private static TreeSet<YearMonth> months(BitSet days) {
        TreeSet<YearMonth> months = new TreeSet<>();
        days.stream().forEach(i -> months.add(YearMonth.from(day(i))));
        return months;
    }

    private static int wholeMonths(BitSet days) {
        int whole = 0;
        for (YearMonth m : months(days)) {
            if (days.get(index(m.atDay(1)), index(m.atEndOfMonth()) + 1).cardinality() == m.lengthOfMonth()) {
                whole++;
            }
        }
        return whole;
    }

    private static List<Integer> years(BitSet days) {
        TreeSet<Integer> years = new TreeSet<>();
        days.stream().forEach(i -> years.add(day(i).getYear()));
        return List.copyOf(years);
    }
}
