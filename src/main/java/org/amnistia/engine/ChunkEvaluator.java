package org.amnistia.engine;

import org.amnistia.casefile.CaseFile;
import org.amnistia.verdict.Verdict;

import java.util.List;

/**
 * Evaluates a chunk of cases, returning one verdict per case in the same order. An instance is
 * used by one thread at a time (it may hold a rule session, released by {@link #close}); the law
 * it applies is shared.
 */
public interface ChunkEvaluator extends AutoCloseable {

    List<Verdict> evaluate(List<CaseFile> cases);

    /**
     * How many times so far a case was evaluated under one reading of every doubt (the chosen one,
     * the other one, one doubt switched); 0 when the evaluator does not count them.
     */
    default long readingsEvaluated() {
        return 0;
    }

    /** Releases what the evaluator holds; nothing by default. */
    @Override
    default void close() {
    }
}
