package org.amnistia.web;

import org.amnistia.casefile.CaseFile;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRow;

import java.io.IOException;
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

    /** Reads a whole roster: each case counts in the month its conduct starts; rejects are only counted. */
    public static ConductDensity read(RosterReader roster) throws IOException {
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        long undated = 0;
        long rejected = 0;
        for (RosterRow row = roster.next(); row != null; row = roster.next()) {
            if (row.isReject()) {
                rejected++;
                continue;
            }
            CaseFile.Conduct conduct = row.caseFile().conductOrEmpty();
            if (conduct.from() == null) {
                undated++;
            } else {
                months.merge(YearMonth.from(conduct.from().first()), 1L, Long::sum);
            }
        }
        return new ConductDensity(months, undated, rejected);
    }

    public long dated() {
        return perMonth.values().stream().mapToLong(Long::longValue).sum();
    }

    public long busiestMonth() {
        return perMonth.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
