package org.amnistia.roster;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An NGO's column map as its file says it ({@link ColumnMapFile}): which field each of its columns
 * holds, or that a column is to be ignored ({@code columnas:}); what its own words mean per field
 * ({@code valores:}); the order of its dates ({@code fechas:}); which sheet of a workbook to read
 * ({@code hoja:}). Columns are matched by {@link SheetWords#key}. Immutable; {@link #NONE} says nothing.
 *
 * @param columns header key → the field, or empty for «ignorar»
 * @param headers header key → the header as the file writes it (for messages)
 * @param values  field → (word key → the contract's word)
 * @param order   the date order, or {@code null} when the file does not say
 * @param sheet   the sheet's name, or {@code null}
 * @param source  where the map came from, for messages ({@code null}: no map)
 */
public record ColumnMap(Map<String, Optional<RosterColumn>> columns, Map<String, String> headers,
                        Map<RosterColumn, Map<String, String>> values, DateOrder order, String sheet, String source) {

    public static final ColumnMap NONE = new ColumnMap(Map.of(), Map.of(), Map.of(), null, null, null);

    public ColumnMap {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Map<RosterColumn, Map<String, String>> v = new EnumMap<>(RosterColumn.class);
        values.forEach((k, w) -> v.put(k, Map.copyOf(w)));
        values = v;
    }

    /** The choice for a header: the field, {@code Optional.empty()} for «ignorar», or {@code null} when the map does not name it. */
    Optional<RosterColumn> choice(String header) {
        return columns.get(SheetWords.key(header));
    }

    boolean isNone() {
        return source == null;
    }

    /** The same map with another date order (the command line's {@code --date-order} wins over the file). */
    public ColumnMap withOrder(DateOrder order) {
        return order == null ? this : new ColumnMap(columns, headers, values, order, sheet, source == null ? "--date-order" : source);
    }

    /** The same map reading another sheet (the command line's {@code --sheet} wins over the file). */
    public ColumnMap withSheet(String sheet) {
        return sheet == null ? this : new ColumnMap(columns, headers, values, order, sheet, source);
    }
}
