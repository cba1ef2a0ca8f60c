package org.amnistia.engine;

import org.amnistia.engine.facts.Derived;
import org.amnistia.engine.facts.Subject;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Keeps, for every subject of a session, what the rules currently conclude about it: facts are
 * filed as they are inserted (and withdrawn should a rule delete one), so reading the
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
