package org.amnistia.law;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern WINDOW = Pattern.compile("\\bwindow\\s*\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)");

    /**
     * The windows a rule writes, {@code window("2017-11-08", "2026-02-19")}, read from its text (the
     * load checks have refused any that is not two calendar days in order).
     */
    public static List<Span> written(String ruleText) {
        List<Span> out = new ArrayList<>();
        Matcher m = WINDOW.matcher(ruleText);
        while (m.find()) {
            try {
                out.add(new Span(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2))));
            } catch (DateTimeParseException e) {
                // refused at load (DrlRules); nothing to read
            }
        }
        return out;
    }

    public List<Span> windows(boolean strictReading) {
        return strictReading ? strict : favourable;
    }
}
