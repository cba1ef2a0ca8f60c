package org.amnistia.casefile;

import java.util.List;

/**
 * The checks on a parsed case that the JSON shape alone cannot express (docs/spec/formato-caso.md,
 * docs/spec/semantica.md §1). The CSV and JSON readers both end here, so both reject the same cases.
 */
public final class CaseValidator {

    private CaseValidator() {
    }

    /** Returns the case unchanged, or throws {@link InvalidCaseException} naming the field. */
    public static CaseFile validate(CaseFile c) {
        if (c.id() == null || c.id().isBlank()) {
            throw new InvalidCaseException("id", "falta el identificador del caso", "the case has no id");
        }
        CaseFile.Conduct conduct = c.conductOrEmpty();
        if (conduct.to() != null && conduct.from() == null) {
            throw new InvalidCaseException("conduct.to",
                    "hay fecha final de la conducta sin fecha inicial (conduct.from)",
                    "the conduct has an end date but no start date (conduct.from)");
        }
        if (conduct.to() != null && conduct.to().last().isBefore(conduct.from().first())) {
            throw new InvalidCaseException("conduct.to",
                    "la conducta termina (" + conduct.to() + ") antes de empezar (" + conduct.from() + ")",
                    "the conduct ends (" + conduct.to() + ") before it starts (" + conduct.from() + ")");
        }
        if (conduct.event() != null && !conduct.event().equals("none") && !conduct.event().matches("\\d+\\.\\d+")) {
            throw new InvalidCaseException("conduct.event",
                    "«" + conduct.event() + "» no es un numeral como \"8.12\" ni \"none\"",
                    "«" + conduct.event() + "» is neither a numeral like \"8.12\" nor \"none\"");
        }
        requireDay("asOf", c.asOf());
        requireDay("request.filedOn", c.requestOrEmpty().filedOn());
        List<CaseFile.Charge> charges = c.charges();
        if (charges != null) {
            for (int i = 0; i < charges.size(); i++) {
                CaseFile.Charge charge = charges.get(i);
                String at = "charges[" + i + "]";
                if (charge == null || charge.offense() == null || charge.offense().isBlank()) {
                    throw new InvalidCaseException(at + ".offense",
                            "el cargo no dice el delito", "the charge does not name the offense");
                }
                if (charge.minPenaltyYears() != null
                        && (charge.minPenaltyYears() < 0 || charge.minPenaltyYears().isNaN())) {
                    throw new InvalidCaseException(at + ".minPenaltyYears",
                            "la pena mínima no puede ser negativa", "the minimum penalty cannot be negative");
                }
            }
        }
        return c;
    }

    private static void requireDay(String field, PartialDate date) {
        if (date != null && !date.dayPrecise()) {
            throw new InvalidCaseException(field, "«" + date + "» debe ser un día exacto AAAA-MM-DD",
                    "«" + date + "» must be an exact day YYYY-MM-DD");
        }
    }
}
