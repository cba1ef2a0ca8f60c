package org.amnistia.roster;

import org.amnistia.offense.OffenseCatalog;

import java.util.Objects;

/**
 * How to read a roster beyond its format: the NGO's column map (with its date order and sheet),
 * the catalogue that decides how a sheet's charges cell splits (the run's, with the NGO's own
 * names), whether each row keeps its cells for the annotated sheet, and the encoding of a text
 * roster ({@code --encoding}; {@code null}: told from its bytes).
 */
public record RosterSettings(ColumnMap columns, OffenseCatalog catalog, boolean keepCells, RosterEncoding encoding) {

    /** No map, the bundled catalogue, no cells kept, the encoding told from the bytes. */
    public static final RosterSettings DEFAULT = new RosterSettings(ColumnMap.NONE, OffenseCatalog.standard(), false);

    public RosterSettings {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(catalog, "catalog");
    }

    /** The encoding told from the bytes. */
    public RosterSettings(ColumnMap columns, OffenseCatalog catalog, boolean keepCells) {
        this(columns, catalog, keepCells, null);
    }

    /** The same settings with the encoding forced ({@code null}: told from the bytes). */
    public RosterSettings withEncoding(RosterEncoding encoding) {
        return new RosterSettings(columns, catalog, keepCells, encoding);
    }
}
