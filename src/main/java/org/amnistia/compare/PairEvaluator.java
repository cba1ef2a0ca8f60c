package org.amnistia.compare;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;

/** Evaluates a chunk under both sides; one worker thread owns one pair of evaluators. */
public final class PairEvaluator implements AutoCloseable {

    private final ChunkEvaluator a;
    private final ChunkEvaluator b;

    public PairEvaluator(ChunkEvaluator a, ChunkEvaluator b) {
        this.a = a;
        this.b = b;
    }

    public List<VerdictPair> evaluate(List<CaseFile> cases) {
        List<Verdict> underA = a.evaluate(cases);
        List<Verdict> underB = b.evaluate(cases);
        List<VerdictPair> pairs = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            pairs.add(new VerdictPair(cases.get(i), underA.get(i), underB.get(i)));
        }
        return pairs;
    }

    @Override
    public void close() {
        try (ChunkEvaluator first = a) {
            b.close();
        }
    }
}
