package org.amnistia.engine;

import org.amnistia.engine.facts.Condition;
import org.amnistia.engine.facts.Derived;
import org.amnistia.engine.facts.Finding;
import org.amnistia.engine.facts.Obligation;
import org.amnistia.engine.facts.Ruling;
import org.amnistia.verdict.Decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the rules concluded for one subject once the session settled. */
final class SubjectOutcome {

    private Ruling ruling;
    final List<Finding> findings = new ArrayList<>();
    final List<Obligation> obligations = new ArrayList<>();
    final List<Condition> conditions = new ArrayList<>();

    /** The verdict the decision rules reached; {@code null} only while the session is firing. */
    Decision decision() {
        return ruling == null ? null : ruling.getDecision();
    }

    /** Files a fact the rules inserted ({@code present}) or deleted. */
    void file(Derived d, boolean present) {
        if (d instanceof Finding f) {
            update(findings, f, present);
        } else if (d instanceof Condition c) {
            update(conditions, c, present);
        } else if (d instanceof Obligation o) {
            update(obligations, o, present);
        } else if (d instanceof Ruling r) {
            if (present) {
                ruling = r;
            } else if (ruling == r) {
                ruling = null;
            }
        }
    }

    private static <T> void update(List<T> list, T fact, boolean present) {
        if (present) {
            list.add(fact);
        } else {
            list.remove(fact);
        }
    }

    /**
     * The doubts that may change the verdict between this outcome and another one of the same case
     * (the all-favourable and all-strict readings): the doubts read by the rules behind every finding
     * or numeral condition that one has and the other lacks. Each check is monotone in each doubt, so
     * a doubt that leaves both extremes alike cannot change the verdict from any reading in between.
     */
    int doubtsDifferingFrom(SubjectOutcome other) {
        Set<Object> mine = signatures();
        Set<Object> theirs = other.signatures();
        return doubtsOfMissing(this, theirs) | doubtsOfMissing(other, mine);
    }

    private static int doubtsOfMissing(SubjectOutcome outcome, Set<Object> signatures) {
        int mask = 0;
        for (Finding f : outcome.findings) {
            mask |= signatures.contains(f.signature()) ? 0 : f.getDoubts();
        }
        for (Condition c : outcome.conditions) {
            mask |= signatures.contains(c.signature()) ? 0 : c.getDoubts();
        }
        return mask;
    }

    private Set<Object> signatures() {
        Set<Object> out = new HashSet<>();
        for (Finding f : findings) {
            out.add(f.signature());
        }
        for (Condition c : conditions) {
            out.add(c.signature());
        }
        return out;
    }
}
