package org.amnistia.law;

import java.time.LocalDate;
import java.util.List;

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
    }

    public List<Span> windows(boolean strictReading) {
        return strictReading ? strict : favourable;
    }
}
