package org.amnistia.verdict;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facts a verdict rests on, restated field by field in plain words, so that a printed verdict
 * can be checked against the file it came from. An absent fact reads «no consta» / «not stated»:
 * the engine never reads an absent fact as «no» (docs/spec/semantica.md §1).
 */
public final class FactsText {

    /** One restated fact: its label and its value, in one language. */
    public record Line(String label, String value) {
    }

    private FactsText() {
    }

    /**
     * @param evaluatedOn the day the case was read as of when it states none ({@code --as-of}, or
     *                    the run's day): a verdict's deadlines depend on it, so the restatement says it
     */
    public static List<Line> of(CaseFile file, LocalDate evaluatedOn, String lang) {
        Messages ui = Messages.ui(lang);
        CaseFile.Conduct conduct = file.conductOrEmpty();
        CaseFile.Person person = file.personOrEmpty();
        CaseFile.Proceeding proceeding = file.proceedingOrEmpty();
        CaseFile.Request request = file.requestOrEmpty();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(ui.format("facts.conduct"), conduct(conduct, ui)));
        lines.add(new Line(ui.format("facts.political"), yesNo(conduct.political(), ui)));
        lines.add(new Line(ui.format("facts.event"), conduct.event() == null ? ui.format("facts.not_stated")
                : "none".equals(conduct.event()) ? ui.format("facts.no_event") : conduct.event()));
        if (conduct.assemblyMandate() != null) {
            lines.add(new Line(ui.format("facts.mandate"), yesNo(conduct.assemblyMandate(), ui)));
        }
        lines.add(new Line(ui.format("facts.ceased"), yesNo(conduct.ceased(), ui)));
        lines.add(new Line(ui.format("facts.charges"), charges(file.charges(), ui)));
        lines.add(new Line(ui.format("facts.location"), person.location() == null ? ui.format("facts.not_stated")
                : ui.format("facts.location." + person.location())));
        lines.add(new Line(ui.format("facts.detained"), yesNo(person.detained(), ui)));
        if (person.military() != null) {
            lines.add(new Line(ui.format("facts.military"), yesNo(person.military(), ui)));
        }
        if (person.minor() != null) {
            lines.add(new Line(ui.format("facts.minor"), yesNo(person.minor(), ui)));
        }
        lines.add(new Line(ui.format("facts.stage"), proceeding.stage() == null ? ui.format("facts.not_stated")
                : ui.format("facts.stage." + proceeding.stage())));
        lines.add(new Line(ui.format("facts.a_derecho"), yesNo(proceeding.aDerecho(), ui)));
        lines.add(new Line(ui.format("facts.request"), request(request, ui)));
        lines.add(new Line(ui.format("label.as_of"), file.asOf() != null ? file.asOf().toString()
                : ui.format("facts.evaluated_on", evaluatedOn)));
        return lines;
    }

    private static String conduct(CaseFile.Conduct c, Messages ui) {
        if (c.from() == null) {
            return ui.format("facts.not_stated");
        }
        if (c.to() == null || c.to().toString().equals(c.from().toString())) {
            return c.from().dayPrecise() ? ui.format("facts.on_day", c.from()) : ui.format("facts.during", c.from());
        }
        return ui.format("facts.from_to", c.from(), c.to());
    }

    private static String charges(List<CaseFile.Charge> charges, Messages ui) {
        if (charges == null) {
            return ui.format("facts.not_stated");
        }
        if (charges.isEmpty()) {
            return ui.format("facts.no_charges");
        }
        List<String> written = new ArrayList<>();
        for (CaseFile.Charge charge : charges) {
            StringBuilder b = new StringBuilder("«").append(charge.offense().strip()).append("»");
            if (Boolean.TRUE.equals(charge.attempt())) {
                b.append(' ').append(ui.format("facts.attempt"));
            }
            if (charge.minPenaltyYears() != null) {
                b.append(' ').append(ui.format("facts.min_penalty", penalty(charge.minPenaltyYears())));
            }
            written.add(b.toString());
        }
        return String.join("; ", written);
    }

    private static String penalty(double years) {
        return years == Math.rint(years) ? Long.toString((long) years) : String.format(Locale.ROOT, "%.1f", years);
    }

    private static String request(CaseFile.Request r, Messages ui) {
        PartialDate filed = r.filedOn();
        if (filed == null && r.by() == null) {
            return ui.format("facts.not_stated");
        }
        String by = r.by() == null ? ui.format("facts.not_stated") : ui.format("facts.by." + r.by());
        return filed == null ? ui.format("facts.request_by", by) : ui.format("facts.request_on_by", filed, by);
    }

    private static String yesNo(Boolean value, Messages ui) {
        return value == null ? ui.format("facts.not_stated") : ui.format(value ? "facts.yes" : "facts.no");
    }
}
