package org.amnistia.engine;

import org.amnistia.engine.facts.Condition;
import org.amnistia.engine.facts.Derived;
import org.amnistia.engine.facts.Finding;
import org.amnistia.engine.facts.Obligation;
import org.amnistia.engine.facts.Ruling;
import org.amnistia.engine.facts.Subject;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Keeps, for every subject of a session, what the rules currently conclude about it: facts are
 * filed as they are inserted and withdrawn as truth maintenance retracts them, so reading the
 * outcome never walks the session's working memory.
 */
final class SessionOutcomes implements RuleRuntimeEventListener {

    private final Map<Subject, SubjectOutcome> bySubject = new IdentityHashMap<>();

    SubjectOutcome of(Subject subject) {
        return bySubject.computeIfAbsent(subject, s -> new SubjectOutcome());
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Derived d) {
            SubjectOutcome outcome = of(d.getSubject());
            if (d instanceof Finding f) {
                outcome.findings.add(f);
            } else if (d instanceof Condition c) {
                outcome.conditions.add(c);
            } else if (d instanceof Obligation o) {
                outcome.obligations.add(o);
            } else if (d instanceof Ruling r) {
                outcome.ruling = r;
                outcome.decision = r.getDecision();
            }
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getOldObject() instanceof Derived d) {
            SubjectOutcome outcome = of(d.getSubject());
            if (d instanceof Finding f) {
                outcome.findings.remove(f);
            } else if (d instanceof Condition c) {
                outcome.conditions.remove(c);
            } else if (d instanceof Obligation o) {
                outcome.obligations.remove(o);
            } else if (d instanceof Ruling r && outcome.ruling == r) {
                outcome.ruling = null;
                outcome.decision = null;
            }
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Facts are immutable: the rules never update one.
    }
}
