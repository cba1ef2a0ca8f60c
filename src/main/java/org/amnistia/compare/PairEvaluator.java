package org.amnistia.compare;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a chunk under both sides of each comparison (one, or one per reading when two versions
 * are compared under both readings); one worker thread owns its evaluators.
 */
public final class PairEvaluator implements AutoCloseable {

    private final List<ChunkEvaluator> a;
    private final List<ChunkEvaluator> b;

    /** {@code a.get(k)} and {@code b.get(k)} are the two sides of comparison {@code k}. */
    public PairEvaluator(List<ChunkEvaluator> a, List<ChunkEvaluator> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("each comparison has two sides: " + a.size() + " ≠ " + b.size());
        }
        this.a = List.copyOf(a);
        this.b = List.copyOf(b);
    }

    /** For each case in order, its pair under each comparison in order. */
    public List<List<VerdictPair>> evaluate(List<CaseFile> cases) {
        List<List<VerdictPair>> pairs = new ArrayList<>(cases.size());
        cases.forEach(c -> pairs.add(new ArrayList<>(a.size())));
        for (int k = 0; k < a.size(); k++) {
            List<Verdict> underA = a.get(k).evaluate(cases);
            List<Verdict> underB = b.get(k).evaluate(cases);
            for (int i = 0; i < cases.size(); i++) {
                pairs.get(i).add(new VerdictPair(cases.get(i), underA.get(i), underB.get(i)));
            }
        }
        return pairs;
    }

    /** Closes every evaluator, even when one fails; the first failure is thrown. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (ChunkEvaluator e : concat()) {
            try {
                e.close();
            } catch (RuntimeException failure) {
                if (first == null) {
                    first = failure;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private List<ChunkEvaluator> concat() {
        List<ChunkEvaluator> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
