package org.amnistia.web;

import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many cases of a roster have their conduct starting in each month (the first day of
 * {@code conduct.from}), and how many give no date: the density strip under the timeline.
 */
public record ConductDensity(SortedMap<YearMonth, Long> perMonth, long undated, long rejected) {

    public ConductDensity {
        perMonth = Collections.unmodifiableSortedMap(new TreeMap<>(perMonth));
    }

    public long dated() {
        return perMonth.values().stream().mapToLong(Long::longValue).sum();
    }

    public long busiestMonth() {
        return perMonth.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
