package org.amnistia.engine.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The conduct touches the window of an Art. 8 numeral. Whether the numeral covers the case is
 * then decided by its conditions ({@link Condition}): the date (D14 when partial), and for
 * numerals matched BY EVENT the link the case states.
 */
public final class Contact extends Derived {

    private final String numeral;
    private final String event;
    private final boolean byEvent;
    private final Window window;
    private final Overlap overlap;

    private Contact(Subject subject, RuleMeta meta, boolean byEvent, Window window) {
        super(subject, meta.doubts());
        if (meta.event() == null) {
            throw new IllegalStateException("numeral rule «" + meta.name() + "» has no @evento");
        }
        this.numeral = meta.article();
        this.event = meta.event();
        this.byEvent = byEvent;
        this.window = window;
        this.overlap = subject.facts().measure(window);
    }

    /** A numeral matched BY DATE: the date alone decides (with the political motive, checked apart). */
    public static Contact byDate(RuleContext rule, Subject subject, Window window) {
        return new Contact(subject, RuleMeta.of(rule), false, window);
    }

    /** A numeral matched BY EVENT: the case must also state that the conduct is linked to it. */
    public static Contact byEvent(RuleContext rule, Subject subject, Window window) {
        return new Contact(subject, RuleMeta.of(rule), true, window);
    }

    public String getNumeral() {
        return numeral;
    }

    /** The ley-2026 numeral a case names in {@code conduct.event} to link its conduct here. */
    public String getEvent() {
        return event;
    }

    public boolean isByEvent() {
        return byEvent;
    }

    public Window getWindow() {
        return window;
    }

    public Overlap getOverlap() {
        return overlap;
    }

    public boolean isLinkStated() {
        return event.equals(getSubject().getEvent());
    }

    public boolean isLinkUnknown() {
        return getSubject().getEvent() == null;
    }

    public boolean isLinkDenied() {
        return !isLinkUnknown() && !isLinkStated();
    }
}
