package org.amnistia.compare;

import org.amnistia.verdict.Decision;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of a comparison: gains, losses, other changes, unchanged by verdict, and every A → B move. */
public final class ComparisonSummary {

    private final String sideA;
    private final String sideB;
    private final Map<Change, Long> byChange = new EnumMap<>(Change.class);
    private final Map<Decision, Long> unchanged = new EnumMap<>(Decision.class);
    private final Map<String, Long> moves = new LinkedHashMap<>();

    public ComparisonSummary(String sideA, String sideB) {
        this.sideA = sideA;
        this.sideB = sideB;
        for (Change c : Change.values()) {
            byChange.put(c, 0L);
        }
        for (Decision d : Decision.values()) {
            unchanged.put(d, 0L);
        }
    }

    public synchronized void add(VerdictPair pair, Change change) {
        byChange.merge(change, 1L, Long::sum);
        if (change == Change.UNCHANGED) {
            unchanged.merge(pair.a().verdict(), 1L, Long::sum);
        } else {
            moves.merge(pair.a().verdict() + " → " + pair.b().verdict(), 1L, Long::sum);
        }
    }

    public synchronized Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("a", sideA);
        out.put("b", sideB);
        out.put("gains", byChange.get(Change.GAINS));
        out.put("loses", byChange.get(Change.LOSES));
        out.put("changes", byChange.get(Change.CHANGES));
        Map<String, Long> same = new LinkedHashMap<>();
        unchanged.forEach((k, v) -> same.put(k.name(), v));
        out.put("unchanged", same);
        out.put("moves", new LinkedHashMap<>(moves));
        return out;
    }

    public synchronized String toText(String lang) {
        boolean en = "en".equalsIgnoreCase(lang);
        StringBuilder out = new StringBuilder();
        out.append(en ? "Comparison " : "Comparación ").append(sideA).append(" → ").append(sideB).append('\n');
        out.append(String.format("  %s %,d · %s %,d · %s %,d%n", en ? "gain" : "ganan", byChange.get(Change.GAINS),
                en ? "lose" : "pierden", byChange.get(Change.LOSES), en ? "other changes" : "otros cambios",
                byChange.get(Change.CHANGES)));
        out.append("  ").append(en ? "unchanged" : "sin cambio").append(": ");
        unchanged.forEach((k, v) -> out.append(k).append(' ').append(String.format("%,d", v)).append("  "));
        out.append('\n');
        moves.forEach((k, v) -> out.append(String.format("    %-32s %,d%n", k, v)));
        return out.toString();
    }
}
