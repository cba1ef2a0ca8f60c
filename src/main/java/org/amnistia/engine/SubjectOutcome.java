package org.amnistia.engine;

import org.amnistia.engine.facts.Finding;
import org.amnistia.engine.facts.Obligation;
import org.amnistia.verdict.Decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the rules concluded for one subject once the session settled. */
final class SubjectOutcome {

    Decision decision;
    final List<Finding> findings = new ArrayList<>();
    final List<Obligation> obligations = new ArrayList<>();

    /**
     * The doubts that may change the verdict between this outcome and another one of the same case
     * (the all-favourable and all-strict readings): the doubts read by every finding that one has and
     * the other lacks. Each check is monotone in each doubt, so a doubt that leaves the findings of
     * both extremes alike cannot change the verdict from any reading in between.
     */
    int doubtsDifferingFrom(SubjectOutcome other) {
        Set<String> mine = signatures();
        Set<String> theirs = other.signatures();
        int mask = 0;
        for (Finding f : findings) {
            if (!theirs.contains(f.signature())) {
                mask |= f.getDoubts();
            }
        }
        for (Finding f : other.findings) {
            if (!mine.contains(f.signature())) {
                mask |= f.getDoubts();
            }
        }
        return mask;
    }

    private Set<String> signatures() {
        Set<String> out = new HashSet<>();
        for (Finding f : findings) {
            out.add(f.signature());
        }
        return out;
    }
}
