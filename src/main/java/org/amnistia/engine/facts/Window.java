package org.amnistia.engine.facts;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A date window written in a rule, both ends included. Rules write their dates as text beside the
 * quote of the law; this class parses each window once and measures a conduct range against it.
 */
public final class Window {

    // Rules ask for the same few windows millions of times, each call with the same two string
    // constants of the rule. A small open table looks them up by those very objects (no hashing or
    // comparing of text); the map by text, which parses each window once, backs it.
    private static final int SLOTS = 1024;
    private static final int PROBES = 4;
    private static final Known[] BY_IDENTITY = new Known[SLOTS];
    private static final ConcurrentHashMap<String, ConcurrentHashMap<String, Window>> BY_TEXT =
            new ConcurrentHashMap<>();

    /** A lookup remembered: immutable, so a racy write of a slot publishes it safely. */
    private record Known(String from, String to, Window window) {
    }

    private final LocalDate from;
    private final LocalDate to;
    private final String text;

    private Window(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        this.text = from + ".." + to;
    }

    public static Window of(String from, String to) {
        int first = System.identityHashCode(from) * 31 + System.identityHashCode(to);
        int free = -1;
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = (first + probe) & (SLOTS - 1);
            Known known = BY_IDENTITY[slot];
            if (known == null) {
                free = free < 0 ? slot : free;
            } else if (known.from == from && known.to == to) {
                return known.window;
            }
        }
        Window w = BY_TEXT.computeIfAbsent(from, f -> new ConcurrentHashMap<>())
                .computeIfAbsent(to, t -> new Window(LocalDate.parse(from), LocalDate.parse(t)));
        BY_IDENTITY[free >= 0 ? free : first & (SLOTS - 1)] = new Known(from, to, w);
        return w;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
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
        // f <= t, with from <= f and t <= to (docs/spec/semantica.md §2.3, strict D14).
        LocalDate f = start.isBefore(from) ? from : start;
        LocalDate t = end.isAfter(to) ? to : end;
        boolean possible = !f.isAfter(startLatest) && !endEarliest.isAfter(t) && !f.isAfter(t);
        return possible ? Overlap.PARTIAL_MAYBE : Overlap.PARTIAL_NEVER;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Window w && from.equals(w.from) && to.equals(w.to);
    }

    @Override
    public int hashCode() {
        return from.hashCode() * 31 + to.hashCode();
    }

    /** {@code from..to}, as verdicts quote it. */
    @Override
    public String toString() {
        return text;
    }
}
