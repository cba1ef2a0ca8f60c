package org.amnistia.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one roster's header is read: which field each cell of a row holds, and how cells are read
 * (docs/spec/formato-caso.md, "A roster").
 *
 * <p>A header made only of the contract's column names, with no column map, no {@code --date-order}
 * and not a workbook, is the <b>contract</b>: dates {@code AAAA-MM-DD}, charges split by {@code ;}
 * only, as a case file writes them. Any other header is an NGO's <b>sheet</b>: each column is
 * recognised by its usual names ({@link HeaderNames}) unless the column map says otherwise; a
 * column the tool does not know is ignored and listed; dates are read as people write them in the
 * sheet's {@link DateOrder}; charges are split as files write them ({@link ChargeCell}); and a
 * sheet without an id column takes each row's number as its id ({@code fila-7}). A date of
 * detention or of the charge is never taken for the conduct's: it is ignored unless the map names
 * it {@code conduct_from}, and then the summary and every verdict say where the date came from.
 *
 * <p>Refused as a whole (the roster cannot be read): a column named twice, two columns the tool
 * reads as one field with no map to choose, a header that looks like a typo of a contract column
 * ({@code conduct_form}) or a date that does not say whose ({@code Fecha}) and that no map names,
 * and a contract header with no {@code id} column.
 */
public final class ColumnMapping {

    private final List<String> header;
    /** Per header cell: the field it holds, or {@code null} when ignored. */
    private final RosterColumn[] fields;
    private final int[] index = new int[RosterColumn.values().length];
    private final boolean sheet;
    private final DateOrder order;
    private final Map<String, String> ignored = new LinkedHashMap<>();
    private final List<String> mappedButAbsent = new ArrayList<>();
    private final String conductDateColumn;
    private final String[] conductDateIs;
    private final ValueWords words;

    private ColumnMapping(List<String> header, RosterColumn[] fields, boolean sheet, DateOrder order,
                          String conductDateColumn, String[] conductDateIs, ValueWords words) {
        this.header = List.copyOf(header);
        this.fields = fields;
        this.sheet = sheet;
        this.order = order;
        this.conductDateColumn = conductDateColumn;
        this.conductDateIs = conductDateIs;
        this.words = words;
        Arrays.fill(index, -1);
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null) {
                index[fields[i].ordinal()] = i;
            }
        }
    }

    /**
     * Reads a header row. {@code workbook}: the roster is a spreadsheet (always a sheet); {@code map}:
     * the NGO's column map ({@link ColumnMap#NONE} when none); {@code name} names the roster in errors.
     */
    public static ColumnMapping of(List<String> headerCells, ColumnMap map, boolean workbook, String name)
            throws RosterFileException {
        List<String> header = new ArrayList<>(headerCells.size());
        headerCells.forEach(h -> header.add(h == null ? "" : h.strip()));
        boolean contract = !workbook && map.isNone() && header.stream().allMatch(h -> RosterColumn.ofHeader(h) != null);
        RosterColumn[] fields = new RosterColumn[header.size()];
        Map<RosterColumn, Integer> taken = new EnumMap<>(RosterColumn.class);
        Map<RosterColumn, Boolean> explicit = new EnumMap<>(RosterColumn.class);
        Map<String, String> ignored = new LinkedHashMap<>();
        String conductDateColumn = null;
        String[] conductDateIs = null;
        boolean locationMeansAbroad = false;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            Optional<RosterColumn> choice = map.choice(h);
            String[] otherDate = HeaderNames.otherDate(h);
            RosterColumn field;
            if (contract) {
                field = RosterColumn.ofHeader(h);
            } else if (choice != null) {
                field = choice.orElse(null);
                if (field == null) {
                    ignored.put(label(h, i), "el mapa de columnas la ignora / the column map ignores it");
                }
            } else if (h.isEmpty()) {
                field = null;
                ignored.put(label(h, i), "sin nombre / no name");
            } else if (otherDate != null) {
                field = null;
                ignored.put(label(h, i), "es la fecha de " + otherDate[0] + ", no la de la conducta (Arts. 1 y 7) / it is the "
                        + otherDate[1] + " date, not the conduct's (Arts. 1 and 7)");
            } else if (HeaderNames.bareDate(h)) {
                throw new RosterFileException(name, h, "la columna «" + h + "» no dice qué fecha es (¿la de la conducta? ¿la "
                        + "de la detención?): dígalo en un mapa de columnas (amnistia columnas lo propone)", "the column «" + h
                        + "» does not say which date it is (the conduct's? the arrest's?): say it in a column map "
                        + "(amnistia columnas proposes one)");
            } else {
                field = HeaderNames.field(h);
                if (field == null) {
                    RosterColumn typo = HeaderNames.typoOf(h);
                    if (typo != null) {
                        throw new RosterFileException(name, h, "columna desconocida «" + h + "»: ¿quiso decir «" + typo.header()
                                + "»? (si es otra cosa, póngala en el mapa de columnas como «" + h + "»: ignorar)",
                                "unknown column «" + h + "»: did you mean «" + typo.header() + "»? (if it is something "
                                + "else, write «" + h + "»: ignorar in the column map)");
                    }
                    ignored.put(label(h, i), "no se reconoce / not recognised");
                }
            }
            if (field == null) {
                continue;
            }
            boolean chosen = !contract && choice != null;
            Integer before = taken.get(field);
            if (before != null) {
                if (contract || chosen == explicit.get(field)) {
                    throw new RosterFileException(name, field.header(), twice(header.get(before), h, field, contract, true),
                            twice(header.get(before), h, field, contract, false));
                }
                if (!chosen) {
                    ignored.put(label(h, i), "el mapa toma «" + header.get(before) + "» como " + field.header()
                            + " / the map takes «" + header.get(before) + "» as " + field.header());
                    continue;
                }
                fields[before] = null;
                ignored.put(label(header.get(before), before), "el mapa toma «" + h + "» como " + field.header()
                        + " / the map takes «" + h + "» as " + field.header());
            }
            fields[i] = field;
            taken.put(field, i);
            explicit.put(field, chosen);
            if (field == RosterColumn.LOCATION) {
                locationMeansAbroad = HeaderNames.meansAbroad(h);
            }
            if ((field == RosterColumn.CONDUCT_FROM || field == RosterColumn.CONDUCT_TO) && otherDate != null) {
                conductDateColumn = conductDateColumn == null ? h : conductDateColumn + "», «" + h;
                conductDateIs = otherDate;
            }
        }
        if (contract && !taken.containsKey(RosterColumn.ID)) {
            throw new RosterFileException(name, "id", "falta la columna «id» en la cabecera", "the header has no «id» column");
        }
        ColumnMapping mapping = new ColumnMapping(header, fields, !contract,
                map.order() == null ? DateOrder.DAY_MONTH_YEAR : map.order(), conductDateColumn, conductDateIs,
                new ValueWords(map.values(), locationMeansAbroad));
        mapping.ignored.putAll(ignored);
        for (Map.Entry<String, String> named : map.headers().entrySet()) {
            if (header.stream().noneMatch(h -> SheetWords.key(h).equals(named.getKey()))) {
                mapping.mappedButAbsent.add(named.getValue());
            }
        }
        return mapping;
    }

    private static String twice(String first, String second, RosterColumn field, boolean contract, boolean es) {
        if (contract) {
            return es ? "la columna «" + field.header() + "» aparece dos veces en la cabecera"
                    : "the column «" + field.header() + "» appears twice in the header";
        }
        return es ? "las columnas «" + first + "» y «" + second + "» se leen ambas como " + field.header()
                + ": diga cuál vale en un mapa de columnas (amnistia columnas lo propone)"
                : "the columns «" + first + "» and «" + second + "» both read as " + field.header()
                + ": say which one holds it in a column map (amnistia columnas proposes one)";
    }

    /** A header as messages name it; an empty one by its letter. */
    private static String label(String header, int i) {
        return header.isEmpty() ? "(" + SheetWords.columnLetters(i) + ")" : header;
    }

    /** The header cells as the roster writes them. */
    public List<String> header() {
        return header;
    }

    /** {@code index()[column.ordinal()]}: the cell holding that field, {@code -1} when none does. */
    int[] index() {
        return index.clone();
    }

    /** Whether the roster is an NGO's sheet rather than the contract (see the class comment). */
    public boolean sheet() {
        return sheet;
    }

    public DateOrder order() {
        return order;
    }

    ValueWords words() {
        return words;
    }

    /** Whether the ids are the rows' numbers (a sheet with no id column). */
    public boolean idsFromRows() {
        return sheet && index[RosterColumn.ID.ordinal()] < 0;
    }

    /** The header a field comes from in this roster (its own name for a sheet), or the contract's name. */
    public String headerOf(RosterColumn column) {
        int i = index[column.ordinal()];
        return i < 0 || !sheet ? column.header() : label(header.get(i), i);
    }

    /** The field each named column holds, in the roster's order: header → contract column. */
    public Map<String, String> used() {
        Map<String, String> used = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null) {
                used.put(label(header.get(i), i), fields[i].header());
            }
        }
        return Collections.unmodifiableMap(used);
    }

    /** The columns left out, each with why ({@code "es / en"}). */
    public Map<String, String> ignored() {
        return Collections.unmodifiableMap(ignored);
    }

    /** Columns the column map names that this roster does not have. */
    public List<String> mappedButAbsent() {
        return List.copyOf(mappedButAbsent);
    }

    /**
     * The column the conduct's date was taken from when the map named a date of detention or of the
     * charge as the conduct's, else {@code null}.
     */
    public String conductDateColumn() {
        return conductDateColumn;
    }

    /** What that column's date is ({@code {"detención", "detention"}}), when {@link #conductDateColumn()} is set. */
    public String[] conductDateIs() {
        return conductDateIs;
    }
}
