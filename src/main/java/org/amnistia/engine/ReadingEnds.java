package org.amnistia.engine;

import org.amnistia.engine.facts.Check;
import org.amnistia.engine.facts.Condition;
import org.amnistia.engine.facts.Doubts;
import org.amnistia.engine.facts.Finding;
import org.amnistia.engine.facts.Status;
import org.amnistia.verdict.Decision;

import java.util.ArrayList;
import java.util.List;

/**
 * A case's outcomes at the two ends of the order of readings (the chosen reading of every doubt,
 * and the other one), compared part by part, so that the verdict of a reading in between is told
 * without evaluating it wherever the two ends settle it.
 * <p>
 * A <em>part</em> is one check of docs/spec/semantica.md §2 (Art. 6, the motive, Art. 8 with the conditions
 * of its numerals, Art. 7) or, for Art. 9, one charge: the rules of a part read only its own facts
 * and findings, and the verdict is the worst result (fails, is pending, passes) of any part. Every
 * check is monotone in every doubt (a strict reading never favours the person more), so:
 * <ul>
 *   <li>a part with the same result at both ends has it under every reading;</li>
 *   <li>a part whose results differ depends only on its <em>candidates</em>, the doubts read by the
 *       rules behind the findings and numeral conditions that one end has and the other lacks: a
 *       reading that takes none of them from the other end gives the chosen end's result, one that
 *       takes all of them gives the other end's, and one that takes some gives a result between
 *       the two.</li>
 * </ul>
 * A reading's verdict is settled when it is the same whichever result such an in-between part has
 * (another part may already fail, for instance).
 */
final class ReadingEnds {

    /** A part's results, worst first: the verdict is the worst result of any part. */
    private static final int FAILS = 0;
    private static final int PENDING = 1;
    private static final int PASSES = 2;
    private static final Decision[] VERDICT = {Decision.NOT_ELIGIBLE, Decision.UNDETERMINED, Decision.ELIGIBLE};
    private static final int CHECKS = Check.values().length;

    /** The doubts that may move the verdict between the ends: the candidates of the parts that differ. */
    private final int candidates;
    /** The worst result of the parts alike at both ends: theirs under every reading. */
    private final int alike;
    /** For each part whose results differ: its candidates, and its result at each end. */
    private final int[] partCandidates;
    private final int[] atChosen;
    private final int[] atOther;

    private ReadingEnds(int alike, List<Part> differing) {
        this.alike = alike;
        int n = differing.size();
        partCandidates = new int[n];
        atChosen = new int[n];
        atOther = new int[n];
        int all = 0;
        for (int i = 0; i < n; i++) {
            Part p = differing.get(i);
            int doubts = p.differingDoubts();
            // Results that differ with no doubt behind them cannot happen with rules that note the
            // doubts they read; should they, every doubt stays a candidate and nothing is assumed.
            partCandidates[i] = doubts == 0 ? Doubts.ALL : doubts;
            atChosen[i] = p.resultAtChosen;
            atOther[i] = p.resultAtOther;
            all |= partCandidates[i];
        }
        candidates = all;
    }

    static ReadingEnds compare(SubjectOutcome chosen, SubjectOutcome other) {
        // A case has a handful of parts, each with a few findings: lists searched in place beat
        // hash maps here (this runs for every case whose two ends differ).
        List<Part> parts = new ArrayList<>(8);
        file(parts, chosen, true);
        file(parts, other, false);
        int alike = PASSES;
        List<Part> differing = new ArrayList<>(2);
        for (Part p : parts) {
            if (p.resultAtChosen == p.resultAtOther) {
                alike = Math.min(alike, p.resultAtChosen);
            } else {
                differing.add(p);
            }
        }
        return new ReadingEnds(alike, differing);
    }

    int candidates() {
        return candidates;
    }

    /**
     * The verdict of the reading that takes the doubts in {@code switched} from the other end and
     * every other doubt from the chosen one; {@code null} when the ends do not settle it.
     */
    Decision decisionSwitching(int switched) {
        // The verdict with every in-between part at its worse end (lowest) and at its better one (highest).
        int lowest = alike;
        int highest = alike;
        for (int i = 0; i < partCandidates.length; i++) {
            int taken = switched & partCandidates[i];
            if (taken == 0 || taken == partCandidates[i]) {
                int result = taken == 0 ? atChosen[i] : atOther[i];
                lowest = Math.min(lowest, result);
                highest = Math.min(highest, result);
            } else {
                // Some of the part's candidates taken: its result lies between its two ends.
                lowest = Math.min(lowest, Math.min(atChosen[i], atOther[i]));
                highest = Math.min(highest, Math.max(atChosen[i], atOther[i]));
            }
        }
        return lowest == highest ? VERDICT[lowest] : null;
    }

    private static void file(List<Part> parts, SubjectOutcome outcome, boolean chosenEnd) {
        for (Finding f : outcome.findings) {
            part(parts, f.getCheck().ordinal() + CHECKS * (f.getCharge() + 1))
                    .add(chosenEnd, f.signature(), f.getDoubts(), result(f.getStatus()));
        }
        for (Condition c : outcome.conditions) {
            // A numeral's conditions belong to Art. 8, whose coverage they decide.
            part(parts, Check.COVERAGE.ordinal()).add(chosenEnd, c.signature(), c.getDoubts(), PASSES);
        }
    }

    private static Part part(List<Part> parts, int key) {
        for (Part p : parts) {
            if (p.key == key) {
                return p;
            }
        }
        Part p = new Part(key);
        parts.add(p);
        return p;
    }

    private static int result(Status status) {
        return switch (status) {
            case FAIL -> FAILS;
            case PENDING -> PENDING;
            case PASS, INFO -> PASSES;
        };
    }

    /** One part at both ends: its result, and the doubts behind each of its findings' signatures. */
    private static final class Part {
        final int key;
        int resultAtChosen = PASSES;
        int resultAtOther = PASSES;
        final List<Signed> signedAtChosen = new ArrayList<>(4);
        final List<Signed> signedAtOther = new ArrayList<>(4);

        Part(int key) {
            this.key = key;
        }

        void add(boolean chosenEnd, Object signature, int doubts, int result) {
            if (chosenEnd) {
                signedAtChosen.add(new Signed(signature, doubts));
                resultAtChosen = Math.min(resultAtChosen, result);
            } else {
                signedAtOther.add(new Signed(signature, doubts));
                resultAtOther = Math.min(resultAtOther, result);
            }
        }

        /** The doubts read behind the signatures one end has and the other lacks. */
        int differingDoubts() {
            return doubtsOfMissing(signedAtChosen, signedAtOther) | doubtsOfMissing(signedAtOther, signedAtChosen);
        }

        private static int doubtsOfMissing(List<Signed> mine, List<Signed> theirs) {
            int mask = 0;
            for (Signed m : mine) {
                if (!contains(theirs, m.signature())) {
                    mask |= m.doubts();
                }
            }
            return mask;
        }

        private static boolean contains(List<Signed> facts, Object signature) {
            for (Signed f : facts) {
                if (f.signature().equals(signature)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A finding's or condition's signature, with the doubts its derivation read. */
    private record Signed(Object signature, int doubts) {
    }
}
