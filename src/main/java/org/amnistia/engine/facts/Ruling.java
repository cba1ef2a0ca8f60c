package org.amnistia.engine.facts;

import org.amnistia.verdict.Decision;

/** The verdict the decision rules reached for a subject. */
public final class Ruling extends Derived {

    private final Decision decision;

    public Ruling(Subject subject, Decision decision) {
        super(subject, 0);
        this.decision = decision;
    }

    public Decision getDecision() {
        return decision;
    }

    @Override
    protected boolean forTheVerdictOnly() {
        return true;
    }
}
