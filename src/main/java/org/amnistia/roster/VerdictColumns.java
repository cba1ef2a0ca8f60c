package org.amnistia.roster;

import org.amnistia.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns the annotated sheet adds to each of the NGO's rows, after its own:
 * {@code veredicto} (ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED, or REJECTED for a row that could not be
 * read), {@code artículos}, {@code dudas}, {@code falta saber} (the facts to ask for, as the verdict
 * CSV's {@code missing}), {@code motivo} and {@code reason} (as the verdict CSV's {@code reason_es} and
 * {@code reason_en}; for a rejected row, the column and why) and, when the column map took the
 * conduct's date from another date, {@code nota} and {@code note} ({@link ConductDateNote}).
 */
final class VerdictColumns {

    /** The verdict cell of a row that could not be read. */
    static final String REJECTED = "REJECTED";

    private final ConductDateNote note;

    VerdictColumns(ConductDateNote note) {
        this.note = note;
    }

    List<String> headers() {
        List<String> h = new ArrayList<>(List.of("veredicto", "artículos", "dudas", "falta saber", "motivo", "reason"));
        if (note != null) {
            h.addAll(List.of("nota", "note"));
        }
        return h;
    }

    /** The added cells of a row: its verdict's, or its reject's when {@code verdict} is {@code null}. */
    List<String> cells(Verdict verdict, Reject reject, boolean hasConductDate) {
        List<String> c = new ArrayList<>(8);
        if (verdict != null) {
            VerdictReason reason = VerdictReason.of(verdict);
            c.add(verdict.verdict() == null ? "" : verdict.verdict().name());
            c.add(String.join(";", verdict.articles()));
            c.add(String.join(";", verdict.doubts()));
            c.add(String.join(";", verdict.missing().stream().map(Verdict.Missing::fact).toList()));
            c.add(reason.es());
            c.add(reason.en());
        } else {
            c.add(REJECTED);
            c.add("");
            c.add("");
            c.add("");
            c.add("fila rechazada: " + reject.field() + ": " + reject.es());
            c.add("rejected row: " + reject.field() + ": " + reject.en());
        }
        if (note != null) {
            c.add(verdict != null && hasConductDate ? note.es() : "");
            c.add(verdict != null && hasConductDate ? note.en() : "");
        }
        return c;
    }
}
