package org.amnistia.compare;

import org.amnistia.verdict.Decision;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What made a verdict change between two sides: the deciding findings of each side that the other
 * side does not have, each cited in its own version's numbering ({@code "8.5 / —"}); {@code decisive},
 * the articles that explain the change (those B now decides by or, when B says nothing new, those of
 * A that no longer apply); and the reason in each language, stating the verdict before and after and,
 * for a move to UNDETERMINED, the facts now missing.
 */
public record Difference(Change change, String articles, List<String> decisive, String es, String en) {

    private static final String NONE = "—";

    public static Difference of(VerdictPair pair) {
        Verdict a = pair.a();
        Verdict b = pair.b();
        Change change = Change.of(a.verdict(), b.verdict());
        if (change == Change.UNCHANGED) {
            return new Difference(change, NONE + " / " + NONE, List.of(), "", "");
        }
        List<Verdict.Finding> onlyA = decidingOnlyIn(a, b);
        List<Verdict.Finding> onlyB = decidingOnlyIn(b, a);
        String articles = citations(onlyA) + " / " + citations(onlyB);
        // The side that now decides explains the change; if it says nothing new, what no longer
        // applies on the other side does.
        boolean fromB = !onlyB.isEmpty();
        List<Verdict.Finding> reasons = fromB ? onlyB : onlyA;
        List<String> decisive = reasons.stream().map(Verdict.Finding::article).distinct().toList();
        String es = label(pair, fromB, true) + reasons.stream().map(f -> "Art. " + f.article() + ": " + f.es())
                .collect(Collectors.joining(" | ")) + missing(b, true);
        String en = label(pair, fromB, false) + reasons.stream().map(f -> "Art. " + f.article() + ": " + f.en())
                .collect(Collectors.joining(" | ")) + missing(b, false);
        return new Difference(change, articles, decisive, es, en);
    }

    /** The findings that decide {@code v}'s verdict and that {@code other} does not state. */
    private static List<Verdict.Finding> decidingOnlyIn(Verdict v, Verdict other) {
        Set<String> theirs = new LinkedHashSet<>();
        other.findings().forEach(f -> theirs.add(f.es()));
        List<Verdict.Finding> out = new ArrayList<>();
        for (Verdict.Finding f : v.findings()) {
            if (deciding(v.verdict(), f) && !theirs.contains(f.es())) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean deciding(Decision verdict, Verdict.Finding f) {
        return switch (verdict) {
            case ELIGIBLE -> f.outcome() == FindingOutcome.COVERS && f.article().contains(".");
            case NOT_ELIGIBLE -> f.outcome() == FindingOutcome.NOT_COVERED || f.outcome() == FindingOutcome.EXCLUDES;
            case UNDETERMINED -> f.outcome() == FindingOutcome.REQUIRES;
        };
    }

    private static String citations(List<Verdict.Finding> findings) {
        return findings.isEmpty() ? NONE
                : findings.stream().map(Verdict.Finding::article).distinct().collect(Collectors.joining(";"));
    }

    /** {@code "gana (no amparado → amparado): "}: the change and the verdict before and after. */
    private static String label(VerdictPair pair, boolean fromB, boolean es) {
        String verb = switch (Change.of(pair.a().verdict(), pair.b().verdict())) {
            case GAINS -> es ? "gana" : "gains";
            case LOSES -> es ? "pierde" : "loses";
            case CHANGES, UNCHANGED -> es ? "cambia" : "changes";
        };
        return verb + " (" + verdict(pair.a().verdict(), es) + " → " + verdict(pair.b().verdict(), es) + ")"
                + (fromB ? ": " : es ? ": ya no aplica — " : ": no longer applies — ");
    }

    private static String verdict(Decision d, boolean es) {
        return switch (d) {
            case ELIGIBLE -> es ? "amparado" : "covered";
            case NOT_ELIGIBLE -> es ? "no amparado" : "not covered";
            case UNDETERMINED -> es ? "indeterminado" : "undetermined";
        };
    }

    /** For a verdict that is now UNDETERMINED: the facts side B is missing to decide. */
    private static String missing(Verdict b, boolean es) {
        if (b.verdict() != Decision.UNDETERMINED || b.missing().isEmpty()) {
            return "";
        }
        return (es ? " | falta: " : " | missing: ")
                + b.missing().stream().map(m -> es ? m.es() : m.en()).collect(Collectors.joining("; "));
    }
}
