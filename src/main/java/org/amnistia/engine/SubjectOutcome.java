package org.amnistia.engine;

import org.amnistia.engine.facts.Conclusions;
import org.amnistia.engine.facts.Condition;
import org.amnistia.engine.facts.Derived;
import org.amnistia.engine.facts.Finding;
import org.amnistia.engine.facts.Obligation;
import org.amnistia.engine.facts.Ruling;
import org.amnistia.verdict.Decision;

import java.util.ArrayList;
import java.util.List;

/** What the rules concluded for one subject once the session settled. */
final class SubjectOutcome implements Conclusions {

    private Ruling ruling;
    final List<Finding> findings = new ArrayList<>();
    final List<Obligation> obligations = new ArrayList<>();
    final List<Condition> conditions = new ArrayList<>();

    /** The verdict the decision rules reached; {@code null} only while the session is firing. */
    Decision decision() {
        return ruling == null ? null : ruling.getDecision();
    }

    @Override
    public void file(Derived d, boolean present) {
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
}
