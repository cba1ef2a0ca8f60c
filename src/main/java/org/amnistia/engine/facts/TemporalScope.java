package org.amnistia.engine.facts;

import org.kie.api.runtime.rule.RuleContext;

/** The temporal scope of the law (Art. 6 of ley-2026) as read for one subject. */
public final class TemporalScope extends Derived {

    private final Window window;

    private TemporalScope(Subject subject, int doubts, Window window) {
        super(subject, doubts);
        this.window = window;
    }

    public static TemporalScope of(RuleContext rule, Subject subject, String from, String to) {
        return new TemporalScope(subject, RuleMeta.of(rule).doubts(), Window.of(from, to));
    }

    public Window getWindow() {
        return window;
    }

    /** The conduct starts after the end of the scope. */
    public boolean isStartsAfter() {
        return getSubject().isConductKnown() && getSubject().getConductStart().isAfter(window.to());
    }

    /** The whole conduct range ends before the start of the scope. */
    public boolean isEndsBefore() {
        return getSubject().isConductKnown() && getSubject().getConductEnd().isBefore(window.from());
    }

    public boolean isReached() {
        return getSubject().isConductKnown() && !isStartsAfter() && !isEndsBefore();
    }
}
