package org.amnistia.engine.facts;

import org.amnistia.casefile.CaseFile;

import java.time.LocalDate;

/**
 * One case under one reading of every doubt: the fact every rule starts from. Several subjects of
 * the same case (the chosen reading, the other one, single doubts switched) may share a session.
 */
public final class Subject {

    private final CaseFacts facts;
    private final int strictDoubts;
    /** Where the engine files what the rules conclude about this subject; no rule reads it. */
    private final Conclusions conclusions;

    public Subject(CaseFacts facts, int strictDoubts, Conclusions conclusions) {
        this.facts = facts;
        this.strictDoubts = strictDoubts;
        this.conclusions = conclusions;
    }

    public CaseFacts facts() {
        return facts;
    }

    /** Where its conclusions are filed: kept by the subject, so filing one costs no lookup. */
    public Conclusions conclusions() {
        return conclusions;
    }

    public boolean favourable(String doubt) {
        return (strictDoubts & Doubts.bit(doubt)) == 0;
    }

    public boolean strict(String doubt) {
        return !favourable(doubt);
    }

    /**
     * The window {@code from..to} (ISO days, both included) when the conduct has at least one day
     * in it; {@code null} when it has none or its date is unknown.
     */
    public Window window(String from, String to) {
        if (!facts.conductKnown()) {
            return null;
        }
        Window w = Window.of(from, to);
        return facts.measure(w) == Overlap.OUTSIDE ? null : w;
    }

    public boolean isConductKnown() {
        return facts.conductKnown();
    }

    public LocalDate getConductStart() {
        return facts.start();
    }

    public LocalDate getConductEnd() {
        return facts.end();
    }

    public Boolean getPolitical() {
        return facts.file().conductOrEmpty().political();
    }

    public String getEvent() {
        return facts.file().conductOrEmpty().event();
    }

    public Boolean getAssemblyMandate() {
        return facts.file().conductOrEmpty().assemblyMandate();
    }

    public Boolean getCeased() {
        return facts.file().conductOrEmpty().ceased();
    }

    /** The dates settle that the conduct ended: a stated last day, or one exact day (Art. 7, D12). */
    public boolean isConductEnded() {
        return facts.file().conductOrEmpty().endIsStated();
    }

    public boolean isChargesKnown() {
        return facts.file().charges() != null;
    }

    /**
     * Art. 7: the person is, or has placed themselves, at the court's disposal ("a derecho"); a
     * detained person is, whether or not the file says so.
     */
    public boolean isAtCourtsDisposal() {
        return Boolean.TRUE.equals(facts.file().proceedingOrEmpty().aDerecho())
                || Boolean.TRUE.equals(facts.file().personOrEmpty().detained());
    }

    public boolean isAbroad() {
        return facts.file().personOrEmpty().location() == CaseFile.Location.ABROAD;
    }

    public CaseFile.Stage getStage() {
        return facts.file().proceedingOrEmpty().stage();
    }

    public CaseFile.RequestBy getRequestBy() {
        return facts.file().requestOrEmpty().by();
    }

    public CaseFile.Location getLocation() {
        return facts.file().personOrEmpty().location();
    }

    public boolean isRequestFiled() {
        return facts.file().requestOrEmpty().filedOn() != null;
    }

    public LocalDate getRequestFiledOn() {
        return isRequestFiled() ? facts.file().requestOrEmpty().filedOn().first() : null;
    }

    public LocalDate getAsOf() {
        return facts.asOf();
    }

    @Override
    public String toString() {
        return "Subject[" + facts.file().id() + ", strict=" + Doubts.ids(strictDoubts) + "]";
    }
}
