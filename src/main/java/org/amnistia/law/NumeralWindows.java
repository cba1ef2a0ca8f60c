package org.amnistia.law;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An Art. 8 numeral as a version encodes it: how it is matched, its windows under each reading
 * (several when the numeral has more than one, like 8.3), and the doubts that move its bounds.
 */
public record NumeralWindows(
        String numeral,
        String event,
        boolean byEvent,
        List<Span> favourable,
        List<Span> strict,
        List<String> doubts) {

    /** Days {@code from..to}, both included. */
    public record Span(LocalDate from, LocalDate to) {

        @Override
        public String toString() {
            return from + ".." + to;
        }

        /** Several windows as one text: {@code 2004-02-01..2004-03-31 + 2004-08-01..2004-08-31}. */
        public static String join(List<Span> spans) {
            return spans.stream().map(Span::toString).collect(Collectors.joining(" + "));
        }
    }

    public List<Span> windows(boolean strictReading) {
        return strictReading ? strict : favourable;
    }
}
