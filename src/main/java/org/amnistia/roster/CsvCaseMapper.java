package org.amnistia.roster;

import org.amnistia.casefile.CaseEnums;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseValidator;
import org.amnistia.casefile.InvalidCaseException;
import org.amnistia.casefile.PartialDate;
import org.amnistia.offense.OffenseCatalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the cells of one CSV record or sheet row into a validated case (docs/spec/linea-de-ordenes.md, "CSV grammar"): empty cell =
 * absent; booleans {@code sí/si/yes/true/1} and {@code no/false/0} in any case and with or without
 * accent; {@code location}, {@code stage} and {@code request_by} as the constant in any case or its
 * Spanish name ({@link CaseEnums}); dates as {@link PartialDate} (a date in another order is refused
 * with the ISO date it probably meant); {@code charges} a {@code ;}-list with {@code |attempt} and
 * {@code |min=N} flags, {@code -} meaning none. Errors are {@link InvalidCaseException}s naming the
 * column. A value is quoted in a message only for typed columns, shortened, never the name.
 *
 * <p>An NGO's sheet ({@link ColumnMapping#sheet()}) is read as people write it: each cell's words
 * first mean what the NGO's map or common use says ({@link ValueWords}: {@code X}, «Detenido»,
 * «Condenado»), dates are read in the sheet's order ({@link PeopleDates}), and the charges of a cell
 * are split at line breaks too and as files write them ({@link ChargeCell}).
 */
final class CsvCaseMapper {

    private static final int QUOTE_MAX = 40;

    private final int[] index;
    private final boolean sheet;
    private final DateOrder order;
    private final ValueWords words;
    private final ChargeCell chargeCell;
    private List<String> cells;

    /** Reads rows laid out as {@code mapping} says; {@code catalog} decides how a sheet's charges cell splits. */
    CsvCaseMapper(ColumnMapping mapping, OffenseCatalog catalog) {
        this.index = mapping.index();
        this.sheet = mapping.sheet();
        this.order = mapping.order();
        this.words = mapping.words();
        this.chargeCell = new ChargeCell(catalog);
    }

    CaseFile map(List<String> cells, String id) {
        this.cells = cells;
        PartialDate from = date(RosterColumn.CONDUCT_FROM);
        PartialDate to = date(RosterColumn.CONDUCT_TO);
        Boolean ceased = bool(RosterColumn.CONDUCT_CEASED);
        Boolean political = bool(RosterColumn.POLITICAL);
        String event = value(RosterColumn.EVENT);
        if (event != null && event.equalsIgnoreCase("none")) {
            event = "none";
        }
        Boolean mandate = bool(RosterColumn.ASSEMBLY_MANDATE);
        List<CaseFile.Charge> charges = charges();
        CaseFile.Location location = enumValue(RosterColumn.LOCATION, CaseFile.Location.class);
        Boolean detained = bool(RosterColumn.DETAINED);
        Boolean military = bool(RosterColumn.MILITARY);
        Boolean minor = bool(RosterColumn.MINOR);
        CaseFile.Stage stage = enumValue(RosterColumn.STAGE, CaseFile.Stage.class);
        Boolean aDerecho = bool(RosterColumn.A_DERECHO);
        PartialDate filedOn = date(RosterColumn.REQUEST_FILED_ON);
        CaseFile.RequestBy by = enumValue(RosterColumn.REQUEST_BY, CaseFile.RequestBy.class);
        PartialDate asOf = date(RosterColumn.AS_OF);

        CaseFile.Conduct conduct = from == null && to == null && ceased == null && political == null
                && event == null && mandate == null ? null
                : new CaseFile.Conduct(from, to, ceased, political, event, mandate);
        CaseFile.Person person = location == null && detained == null && military == null && minor == null ? null
                : new CaseFile.Person(location, detained, military, minor);
        CaseFile.Proceeding proceeding = stage == null && aDerecho == null ? null
                : new CaseFile.Proceeding(stage, aDerecho);
        CaseFile.Request request = filedOn == null && by == null ? null : new CaseFile.Request(filedOn, by);
        String name = value(RosterColumn.NAME);
        this.cells = null;
        return CaseValidator.validate(new CaseFile(id, name, conduct, charges, person, proceeding, request, asOf));
    }

    /**
     * The trimmed cell, or {@code null} when the column is missing or the cell empty; in a sheet, the
     * contract's word for what it says ({@link ValueWords}).
     */
    private String value(RosterColumn column) {
        int i = index[column.ordinal()];
        if (i < 0) {
            return null;
        }
        String v = i < cells.size() ? cells.get(i).trim() : "";
        if (sheet) {
            return words.meaning(column, v.isEmpty() ? null : v);
        }
        return v.isEmpty() ? null : v;
    }

    private Boolean bool(RosterColumn column) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        Boolean b = parseBoolean(v);
        if (b == null) {
            throw new InvalidCaseException(column.header(), "«" + shorten(v) + "» no es sí/no (se admite sí, si, yes, true, 1, no, false, 0)",
                    "«" + shorten(v) + "» is not yes/no (allowed: sí, si, yes, true, 1, no, false, 0)");
        }
        return b;
    }

    /** {@code TRUE}, {@code FALSE}, or {@code null} when the word is not a boolean. */
    static Boolean parseBoolean(String v) {
        switch (v.length()) {
            case 1:
                return v.charAt(0) == '1' ? Boolean.TRUE : v.charAt(0) == '0' ? Boolean.FALSE : null;
            case 2:
                if (v.equalsIgnoreCase("si") || v.equalsIgnoreCase("sí")) {
                    return Boolean.TRUE;
                }
                if (v.equalsIgnoreCase("no")) {
                    return Boolean.FALSE;
                }
                break;
            case 3:
                if (v.equalsIgnoreCase("yes")) {
                    return Boolean.TRUE;
                }
                break;
            case 4:
                if (v.equalsIgnoreCase("true")) {
                    return Boolean.TRUE;
                }
                break;
            case 5:
                if (v.equalsIgnoreCase("false")) {
                    return Boolean.FALSE;
                }
                break;
            default:
                break;
        }
        // other accents or a decomposed «í»: strip the marks and try once more
        String plain = Normalizer.normalize(v, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (!plain.equals(v)) {
            return parseBoolean(plain);
        }
        return null;
    }

    private PartialDate date(RosterColumn column) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        try {
            return sheet ? PeopleDates.parse(v, order) : PartialDate.parse(v);
        } catch (InvalidCaseException e) {
            throw e.at(column.header());
        }
    }

    /** The constant in any case, or its Spanish name ({@link CaseEnums}: {@code juicio}, {@code exterior}). */
    private <E extends Enum<E>> E enumValue(RosterColumn column, Class<E> type) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        E e = CaseEnums.parse(type, v);
        if (e == null) {
            throw CaseEnums.unknown(type, v, shorten(v)).at(column.header());
        }
        return e;
    }

    /**
     * Empty cell: unknown ({@code null}); {@code -}: none (empty list). A cell holding only separators
     * is read as unknown too: "no charges" is a fact and must be said with {@code -}.
     */
    private List<CaseFile.Charge> charges() {
        String v = value(RosterColumn.CHARGES);
        if (v == null) {
            return null;
        }
        if (v.equals("-")) {
            return List.of();
        }
        List<CaseFile.Charge> out = new ArrayList<>(4);
        int start = 0;
        int n = v.length();
        while (start <= n) {
            int end = sheet ? nextHardSeparator(v, start) : v.indexOf(';', start);
            if (end < 0) {
                end = n;
            }
            String item = v.substring(start, end).trim();
            if (!item.isEmpty()) {
                if (sheet && item.indexOf('|') < 0) {
                    if (!chargeCell.noteOnPrevious(out, item)) {
                        out.addAll(chargeCell.charges(item));
                    }
                } else {
                    out.add(charge(item));
                }
            }
            start = end + 1;
        }
        return out.isEmpty() ? null : out;
    }

    /** In a sheet, {@code ;} and line breaks always separate two charges. */
    private static int nextHardSeparator(String v, int from) {
        for (int i = from; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ';' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    private static CaseFile.Charge charge(String item) {
        int bar = item.indexOf('|');
        if (bar < 0) {
            return new CaseFile.Charge(item, null, null, null);
        }
        String offense = item.substring(0, bar).trim();
        if (offense.isEmpty()) {
            throw new InvalidCaseException("charges", "el cargo «" + shorten(item) + "» no dice el delito",
                    "the charge «" + shorten(item) + "» does not name the offense");
        }
        Boolean attempt = null;
        Double min = null;
        int start = bar + 1;
        while (start <= item.length()) {
            int end = item.indexOf('|', start);
            if (end < 0) {
                end = item.length();
            }
            String flag = item.substring(start, end).trim();
            start = end + 1;
            if (flag.isEmpty()) {
                continue;
            }
            if (flag.equalsIgnoreCase("attempt")) {
                attempt = Boolean.TRUE;
            } else if (flag.regionMatches(true, 0, "min=", 0, 4) && isDecimal(flag.substring(4).trim())) {
                min = Double.valueOf(flag.substring(4).trim());
            } else {
                throw new InvalidCaseException("charges", "marca «" + shorten(flag) + "» desconocida en el cargo «"
                        + shorten(offense) + "» (se admite attempt, min=N)",
                        "unknown flag «" + shorten(flag) + "» on the charge «" + shorten(offense)
                        + "» (allowed: attempt, min=N)");
            }
        }
        return new CaseFile.Charge(offense, attempt, min, null);
    }

    /** A non-negative decimal with {@code .}: digits, optionally a point and more digits. */
    private static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.' || i + 1 == n) {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            if (s.charAt(j) < '0' || s.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String v) {
        return v.length() <= QUOTE_MAX ? v : v.substring(0, QUOTE_MAX) + "…";
    }
}
