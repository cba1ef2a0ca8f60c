package org.amnistia.engine.facts;

/**
 * Something a rule concluded about a subject. It remembers the doubts its derivation read, so
 * that the verdict can tell which doubts it depends on.
 */
public abstract class Derived {

    private final Subject subject;
    private final int doubts;

    protected Derived(Subject subject, int doubts) {
        this.subject = subject;
        this.doubts = doubts;
    }

    public Subject getSubject() {
        return subject;
    }

    /** The doubts read by the rules that derived this fact, as bits ({@link Doubts}). */
    public int getDoubts() {
        return doubts;
    }

    /** The subject of a premise that is either a {@link Subject} or a {@link Derived} fact. */
    static Subject subjectOf(Object premise) {
        return premise instanceof Derived d ? d.getSubject() : (Subject) premise;
    }

    static int doubtsOf(Object premise) {
        return premise instanceof Derived d ? d.getDoubts() : 0;
    }
}
