package org.amnistia.engine.facts;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.PartialDate;

import java.time.LocalDate;

/**
 * The facts of one case, normalised once and shared by every {@link Subject} that evaluates it
 * under some reading. The conduct is a range of days: {@code start..end} is its widest reading,
 * {@code startLatest}/{@code endEarliest} the narrowest exact days its stated ends allow.
 */
public final class CaseFacts {

    private final CaseFile file;
    private final LocalDate start;
    private final LocalDate startLatest;
    private final LocalDate endEarliest;
    private final LocalDate end;
    private final String conductText;
    private final LocalDate asOf;

    public CaseFacts(CaseFile file, LocalDate defaultAsOf) {
        this.file = file;
        CaseFile.Conduct conduct = file.conductOrEmpty();
        PartialDate from = conduct.from();
        PartialDate to = conduct.to() != null ? conduct.to() : from;
        this.start = from == null ? null : from.first();
        this.startLatest = from == null ? null : from.last();
        this.endEarliest = to == null ? null : to.first();
        this.end = to == null ? null : to.last();
        this.conductText = from == null ? null
                : conduct.to() == null ? from.text() : from.text() + ".." + conduct.to().text();
        this.asOf = file.asOf() != null ? file.asOf().first() : defaultAsOf;
    }

    public CaseFile file() {
        return file;
    }

    public boolean conductKnown() {
        return start != null;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    /** The conduct as the case states it, e.g. {@code 2024-07-30} or {@code 2014-06-25..2014-07-05}. */
    public String conductText() {
        return conductText;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Overlap measure(Window window) {
        return window.measure(start, startLatest, endEarliest, end);
    }
}
