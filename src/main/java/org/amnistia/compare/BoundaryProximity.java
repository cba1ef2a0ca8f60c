package org.amnistia.compare;

import org.amnistia.casefile.CaseFile;
import org.amnistia.law.EncodedLaw;
import org.amnistia.law.NumeralWindows;
import org.amnistia.roster.CsvCells;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Boundary sensitivity: how many cases have conduct within a number of days of each window bound,
 * and who they are — the people a small amendment to a date would move.
 */
public final class BoundaryProximity {

    /** A day where windows start or end, and which numeral of which side (law/reading) has a bound there. */
    public record Bound(boolean start, LocalDate day, List<String> numerals) {

        String label(boolean en) {
            return (start ? (en ? "start" : "inicio") : (en ? "end" : "fin")) + " " + day
                    + " (" + String.join(", ", numerals) + ")";
        }
    }

    private static final int SHOWN = 10;

    private final List<Bound> bounds;
    private final long days;
    private final Writer detail;
    private final long[] counts;
    private final List<List<String>> firstIds = new ArrayList<>();

    private BoundaryProximity(List<Bound> bounds, long days, Writer detail) throws IOException {
        this.bounds = bounds;
        this.days = days;
        this.detail = detail;
        this.counts = new long[bounds.size()];
        bounds.forEach(b -> firstIds.add(new ArrayList<>()));
        if (detail != null) {
            detail.write("bound,day,numerals,id,conduct_from,conduct_to,days_away\n");
        }
    }

    /** The bounds of every numeral window of each side (law and reading), merged where they coincide. */
    public static BoundaryProximity of(Map<String, EncodedLaw.Side> sides, long days, Writer detail) throws IOException {
        Map<String, Bound> merged = new TreeMap<>();
        sides.forEach((name, side) -> {
            for (NumeralWindows n : side.law().numerals()) {
                for (NumeralWindows.Span w : n.windows(side.strict())) {
                    add(merged, n.numeral(), true, w.from(), name);
                    add(merged, n.numeral(), false, w.to(), name);
                }
            }
        });
        List<Bound> bounds = new ArrayList<>(merged.values());
        bounds.sort((x, y) -> x.day().compareTo(y.day()));
        return new BoundaryProximity(bounds, days, detail);
    }

    private static void add(Map<String, Bound> merged, String numeral, boolean start, LocalDate day, String side) {
        merged.computeIfAbsent(day + (start ? "<" : ">"), k -> new Bound(start, day, new ArrayList<>()))
                .numerals().add(numeral + " " + side);
    }

    /** Notes the case when its conduct starts or ends within the distance of a bound. */
    public synchronized void accept(CaseFile c) throws IOException {
        CaseFile.Conduct conduct = c.conductOrEmpty();
        if (conduct.from() == null) {
            return;
        }
        LocalDate from = conduct.from().first();
        LocalDate to = (conduct.to() != null ? conduct.to() : conduct.from()).last();
        for (int i = 0; i < bounds.size(); i++) {
            LocalDate day = bounds.get(i).day();
            long away = Math.min(Math.abs(ChronoUnit.DAYS.between(day, from)), Math.abs(ChronoUnit.DAYS.between(day, to)));
            if (away <= days) {
                counts[i]++;
                if (firstIds.get(i).size() < SHOWN) {
                    firstIds.get(i).add(c.id());
                }
                if (detail != null) {
                    Bound b = bounds.get(i);
                    detail.write(CsvCells.row(b.start() ? "start" : "end", b.day().toString(),
                            String.join("; ", b.numerals()), c.id(),
                            conduct.from().text(), conduct.to() == null ? "" : conduct.to().text(), Long.toString(away)));
                }
            }
        }
    }

    public synchronized String toText(String lang) {
        boolean en = "en".equalsIgnoreCase(lang);
        StringBuilder out = new StringBuilder(en ? "Cases within " + days + " days of a window bound:\n"
                : "Casos a " + days + " días o menos de un límite de ventana:\n");
        for (int i = 0; i < bounds.size(); i++) {
            if (counts[i] > 0) {
                out.append(String.format("  %-72s %,6d   %s%s%n", bounds.get(i).label(en), counts[i],
                        String.join(" ", firstIds.get(i)), counts[i] > SHOWN ? " …" : ""));
            }
        }
        return out.toString();
    }

    /** Every bound with its count, in day order (the comparison report). */
    synchronized Map<Bound, Long> counts() {
        Map<Bound, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < bounds.size(); i++) {
            out.put(bounds.get(i), counts[i]);
        }
        return out;
    }

    long days() {
        return days;
    }

    public synchronized Map<String, Long> toMap() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < bounds.size(); i++) {
            out.put(bounds.get(i).label(true), counts[i]);
        }
        return out;
    }
}
