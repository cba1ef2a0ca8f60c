package org.amnistia.engine;

import org.amnistia.engine.facts.Derived;
import org.amnistia.engine.facts.Subject;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Files, for every subject of a session, what the rules currently conclude about it: facts are
 * filed as they are inserted (and withdrawn should a rule delete one), in an outcome the subject
 * itself keeps, so filing costs no lookup (an identity map of subjects cost 7% of the engine's
 * time on a roster) and reading the outcome never walks the session's working memory.
 */
final class SessionOutcomes implements RuleRuntimeEventListener {

    SubjectOutcome of(Subject subject) {
        if (subject.conclusions() instanceof SubjectOutcome outcome) {
            return outcome;
        }
        SubjectOutcome outcome = new SubjectOutcome();
        subject.fileConclusionsIn(outcome);
        return outcome;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Derived d) {
            of(d.getSubject()).file(d, true);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getOldObject() instanceof Derived d) {
            of(d.getSubject()).file(d, false);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Facts are immutable: the rules never update one.
    }
}
