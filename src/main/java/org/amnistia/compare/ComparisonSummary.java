package org.amnistia.compare;

import org.amnistia.verdict.Decision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a comparison: its two sides with the reading each was evaluated under, gains, losses,
 * other changes, unchanged by verdict, every A → B move, and by article: how many gained, lost or
 * changed otherwise because of each article ({@link Difference#decisive()}).
 */
public final class ComparisonSummary {

    private final String sideA;
    private final String readingA;
    private final String sideB;
    private final String readingB;
    private final Map<Change, Long> byChange = new EnumMap<>(Change.class);
    private final Map<Decision, Long> unchanged = new EnumMap<>(Decision.class);
    private final Map<String, Long> moves = new LinkedHashMap<>();
    private final Map<Change, Map<String, Long>> byArticle = new EnumMap<>(Change.class);

    /** {@code readingA} and {@code readingB}: {@code favourable} or {@code strict}. */
    public ComparisonSummary(String sideA, String readingA, String sideB, String readingB) {
        this.sideA = sideA;
        this.readingA = readingA;
        this.sideB = sideB;
        this.readingB = readingB;
        for (Change c : Change.values()) {
            byChange.put(c, 0L);
            if (c != Change.UNCHANGED) {
                byArticle.put(c, new LinkedHashMap<>());
            }
        }
        for (Decision d : Decision.values()) {
            unchanged.put(d, 0L);
        }
    }

    public synchronized void add(VerdictPair pair, Difference difference) {
        Change change = difference.change();
        byChange.merge(change, 1L, Long::sum);
        if (change == Change.UNCHANGED) {
            unchanged.merge(pair.a().verdict(), 1L, Long::sum);
            return;
        }
        moves.merge(pair.a().verdict() + " → " + pair.b().verdict(), 1L, Long::sum);
        difference.decisive().forEach(article -> byArticle.get(change).merge(article, 1L, Long::sum));
    }

    public synchronized long count(Change change) {
        return byChange.get(change);
    }

    public synchronized Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("a", sideA);
        out.put("reading_a", readingA);
        out.put("b", sideB);
        out.put("reading_b", readingB);
        out.put("gains", byChange.get(Change.GAINS));
        out.put("loses", byChange.get(Change.LOSES));
        out.put("changes", byChange.get(Change.CHANGES));
        Map<String, Long> same = new LinkedHashMap<>();
        unchanged.forEach((k, v) -> same.put(k.name(), v));
        out.put("unchanged", same);
        out.put("moves", new LinkedHashMap<>(moves));
        Map<String, Object> articles = new LinkedHashMap<>();
        byArticle.forEach((change, counts) -> articles.put(change.id(), sorted(counts)));
        out.put("by_article", articles);
        return out;
    }

    public synchronized String toText(String lang) {
        boolean en = "en".equalsIgnoreCase(lang);
        StringBuilder out = new StringBuilder();
        out.append(en ? "Comparison " : "Comparación ").append(sideA).append(" → ").append(sideB).append('\n');
        out.append("  ").append(en ? "reading" : "lectura").append(" A: ").append(readingA).append(" · ")
                .append(en ? "reading" : "lectura").append(" B: ").append(readingB).append('\n');
        out.append(String.format("  %s %,d · %s %,d · %s %,d%n", en ? "gain" : "ganan", byChange.get(Change.GAINS),
                en ? "lose" : "pierden", byChange.get(Change.LOSES), en ? "other changes" : "otros cambios",
                byChange.get(Change.CHANGES)));
        out.append("  ").append(en ? "unchanged" : "sin cambio").append(": ");
        unchanged.forEach((k, v) -> out.append(k).append(' ').append(String.format("%,d", v)).append("  "));
        out.append('\n');
        moves.forEach((k, v) -> out.append(String.format("    %-32s %,d%n", k, v)));
        byArticle.forEach((change, counts) -> {
            if (!counts.isEmpty()) {
                out.append("  ").append(changeName(change, en)).append(en ? " by article: " : " por artículo: ");
                List<String> parts = new ArrayList<>();
                sorted(counts).forEach((article, n) -> parts.add("Art. " + article + " " + String.format("%,d", n)));
                out.append(String.join(" · ", parts)).append('\n');
            }
        });
        return out.toString();
    }

    /** The articles from most to fewest people, ties in the order they were first seen. */
    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static String changeName(Change change, boolean en) {
        return switch (change) {
            case GAINS -> en ? "gain" : "ganan";
            case LOSES -> en ? "lose" : "pierden";
            case CHANGES, UNCHANGED -> en ? "other changes" : "otros cambios";
        };
    }
}
