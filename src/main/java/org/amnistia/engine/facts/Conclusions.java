package org.amnistia.engine.facts;

/**
 * Where the engine keeps what the rules conclude about one subject, as they conclude it: the facts
 * they insert (filed as the session reports them) and those they conclude for the verdict alone
 * ({@link Derived#conclude}).
 */
public interface Conclusions {

    /** Files a conclusion the rules reached ({@code present}) or withdrew. */
    void file(Derived conclusion, boolean present);
}
