package org.amnistia.roster;

import java.util.Objects;

/**
 * A roster row that cannot be evaluated as written. {@code row} is the 1-based physical line where
 * the record starts (the CSV header is line 1); {@code id} is the case id when it could be read
 * reliably, else empty; {@code field} is the CSV column or JSON field path at fault, or {@code csv} /
 * {@code json} for a structural error. The raw row is never kept (it may hold a name).
 */
public record Reject(long row, String id, String field, String es, String en) {

    public Reject {
        id = id == null ? "" : id;
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(es, "es");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The reject of a case whose id an earlier one had, in the column {@code field}; {@code unitEs}/{@code unitEn}:
     * what the input is made of, «fila»/row or «línea»/line.
     */
    static Reject repeatedId(long at, String id, String field, String unitEs, String unitEn) {
        return new Reject(at, id, field, "id repetido: «" + id + "» ya apareció en una " + unitEs + " anterior",
                "duplicate id: «" + id + "» already appeared in an earlier " + unitEn);
    }
}
