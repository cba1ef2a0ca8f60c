package org.amnistia.roster;

import org.amnistia.offense.OffenseCatalog;

import java.util.Objects;

/**
 * How to read a roster beyond its format: the NGO's column map (with its date order and sheet),
 * the catalogue that decides how a sheet's charges cell splits (the run's, with the NGO's own
 * names), and whether each row keeps its cells for the annotated sheet.
 */
public record RosterSettings(ColumnMap columns, OffenseCatalog catalog, boolean keepCells) {

    /** No map, the bundled catalogue, no cells kept. */
    public static final RosterSettings DEFAULT = new RosterSettings(ColumnMap.NONE, OffenseCatalog.standard(), false);

    public RosterSettings {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(catalog, "catalog");
    }
}
