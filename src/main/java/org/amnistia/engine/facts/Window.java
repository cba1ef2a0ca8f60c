package org.amnistia.engine.facts;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A date window written in a rule, both ends included. Rules write their dates as text beside the
 * quote of the law; this class parses each window once and measures a conduct range against it.
 */
public record Window(LocalDate from, LocalDate to) {

    // Rules ask for the same few windows millions of times: look them up by their two texts.
    private static final ConcurrentHashMap<String, ConcurrentHashMap<String, Window>> PARSED =
            new ConcurrentHashMap<>();

    public static Window of(String from, String to) {
        return PARSED.computeIfAbsent(from, f -> new ConcurrentHashMap<>())
                .computeIfAbsent(to, t -> new Window(LocalDate.parse(from), LocalDate.parse(t)));
    }

    /**
     * Measures a conduct range against this window. {@code start..end} is the widest reading of
     * the conduct; {@code startLatest} and {@code endEarliest} are the narrowest exact days its
     * stated ends allow (equal to start/end when the ends are exact days).
     */
    public Overlap measure(LocalDate start, LocalDate startLatest, LocalDate endEarliest, LocalDate end) {
        if (end.isBefore(from) || start.isAfter(to)) {
            return Overlap.OUTSIDE;
        }
        if (!start.isBefore(from) && !end.isAfter(to)) {
            return Overlap.INSIDE;
        }
        boolean exact = start.equals(startLatest) && end.equals(endEarliest);
        if (exact) {
            return Overlap.PARTIAL_DAYS;
        }
        // Some exact first day f in [start, startLatest] and last day t in [endEarliest, end],
        // f <= t, with from <= f and t <= to (semantics.md §2.3, strict D14).
        LocalDate f = start.isBefore(from) ? from : start;
        LocalDate t = end.isAfter(to) ? to : end;
        boolean possible = !f.isAfter(startLatest) && !endEarliest.isAfter(t) && !f.isAfter(t);
        return possible ? Overlap.PARTIAL_MAYBE : Overlap.PARTIAL_NEVER;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
