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

    /**
     * Concludes what no rule reads, for the verdict alone: a note, Art. 4 guidance, a duty, the
     * ruling. It is filed with its subject instead of inserted, so it costs working memory nothing
     * (inserting them cost 11% of a roster's CPU time). A finding that decides is a premise of other
     * rules and of the decision: it must be inserted, and concluding one fails the rule.
     */
    public static void conclude(Derived conclusion) {
        if (!conclusion.forTheVerdictOnly()) {
            throw new IllegalArgumentException(conclusion + " es premisa de otras reglas: se inserta (insert), no se"
                    + " concluye | is a premise of other rules: insert it, do not conclude it");
        }
        conclusion.getSubject().conclusions().file(conclusion, true);
    }

    /** Whether no rule reads this kind of conclusion, so that rules {@link #conclude} it. */
    protected boolean forTheVerdictOnly() {
        return false;
    }

    /** The subject of a premise that is either a {@link Subject} or a {@link Derived} fact. */
    static Subject subjectOf(Object premise) {
        return premise instanceof Derived d ? d.getSubject() : (Subject) premise;
    }

    static int doubtsOf(Object premise) {
        return premise instanceof Derived d ? d.getDoubts() : 0;
    }
}
