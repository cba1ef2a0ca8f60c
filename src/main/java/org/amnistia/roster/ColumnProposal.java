package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.InvalidCaseException;
import org.amnistia.offense.Offense;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.offense.Recognition;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column map {@code amnistia columnas} proposes for an NGO's sheet, from its header and first
 * rows: each column matched to a field or ignored, the words seen in each yes/no or choice column
 * with what they mean, the date order the dates show, the charges the catalogue does not know,
 * and every doubt that needs the NGO's decision. Written as the YAML file {@code --columns} reads
 * ({@link ColumnMapFile}), commented, with its {@code cargos:} section ready for {@code --aliases}.
 */
public final class ColumnProposal {

    /** Distinct words shown per column; a column with more is free text, not a choice. */
    private static final int WORDS_PER_COLUMN = 30;
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*\\d{4}.*");

    /** One column of the sheet as proposed. */
    public record Column(String letter, String header, RosterColumn field, String es, String en) {
    }

    /** Something the NGO must decide, in both languages. */
    public record Doubt(String es, String en) {
    }

    private final String roster;
    private final String sheet;
    private final long rowsRead;
    private final List<Column> columns = new ArrayList<>();
    private final Map<RosterColumn, Map<String, String>> values = new EnumMap<>(RosterColumn.class);
    private final Map<RosterColumn, String> valueColumns = new EnumMap<>(RosterColumn.class);
    private final Map<String, Long> unknownCharges = new LinkedHashMap<>();
    private final Map<String, List<Offense>> closestCharges = new LinkedHashMap<>();
    private final List<Doubt> doubts = new ArrayList<>();
    private DateOrder order = DateOrder.DAY_MONTH_YEAR;
    private String orderEs;
    private String orderEn;

    private ColumnProposal(String roster, String sheet, long rowsRead) {
        this.roster = roster;
        this.sheet = sheet;
        this.rowsRead = rowsRead;
    }

    /** Reads {@code file}'s header and up to {@code rows} rows (a workbook's sheet as {@code map} says). */
    public static ColumnProposal of(Path file, ColumnMap map, OffenseCatalog catalog, int rows) throws IOException {
        String name = file.toString();
        try (CellRows cells = RosterReader.isWorkbook(file.getFileName().toString())
                ? XlsxCellRows.open(file.toFile(), name, map.sheet())
                : new CsvCellRows(new CountingInputStream(new BufferedInputStream(Files.newInputStream(file))), -1)) {
            return of(cells, name, map, catalog, rows);
        } catch (NoSuchFileException e) {
            throw new RosterFileException(name, null, "el archivo no existe", "no such file");
        }
    }

    /** Reads a roster held in a stream (an upload): a workbook when {@code workbook}, else CSV. */
    public static ColumnProposal of(InputStream in, boolean workbook, String name, ColumnMap map, OffenseCatalog catalog,
                                    int rows) throws IOException {
        try (CellRows cells = workbook ? XlsxCellRows.open(in, name, map.sheet())
                : new CsvCellRows(new CountingInputStream(new BufferedInputStream(in)), -1)) {
            return of(cells, name, map, catalog, rows);
        }
    }

    private static ColumnProposal of(CellRows cells, String name, ColumnMap map, OffenseCatalog catalog, int rows)
            throws IOException {
        String sheet = cells instanceof XlsxCellRows workbook ? "«" + workbook.sheetName() + "»" : null;
        CellRows.Found found = cells.next();
        if (found != CellRows.Found.ROW) {
            throw new RosterFileException(name, null, "no hay cabecera que leer", "there is no header to read");
        }
        List<String> header = new ArrayList<>(cells.cells());
        List<List<String>> sample = new ArrayList<>();
        List<Long> rowNumbers = new ArrayList<>();
        while (sample.size() < rows && (found = cells.next()) != CellRows.Found.END) {
            if (found == CellRows.Found.ROW) {
                sample.add(new ArrayList<>(cells.cells()));
                rowNumbers.add(cells.row());
            }
        }
        ColumnProposal p = new ColumnProposal(name, sheet, sample.size());
        p.propose(header, sample, rowNumbers, map, catalog, cells instanceof XlsxCellRows);
        return p;
    }

    private void propose(List<String> header, List<List<String>> sample, List<Long> rowNumbers, ColumnMap map,
                         OffenseCatalog catalog, boolean workbook) {
        Map<RosterColumn, String> taken = new EnumMap<>(RosterColumn.class);
        RosterColumn[] fields = new RosterColumn[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip();
            String letter = SheetWords.columnLetters(i);
            Optional<RosterColumn> choice = map.choice(h);
            String[] otherDate = HeaderNames.otherDate(h);
            RosterColumn field = choice != null ? choice.orElse(null) : otherDate != null ? null : HeaderNames.field(h);
            if (h.isEmpty()) {
                columns.add(new Column(letter, h, null, "columna sin nombre: se ignora", "column without a name: ignored"));
                continue;
            }
            if (field != null && taken.containsKey(field)) {
                columns.add(new Column(letter, h, null, "DUDA: «" + taken.get(field) + "» ya es " + field.header()
                        + "; esta se ignora (cambie cuál vale si hace falta)", "DOUBT: «" + taken.get(field) + "» is already "
                        + field.header() + "; this one is ignored (change which one holds it if need be)"));
                continue;
            }
            if (field == null) {
                if (choice != null) {
                    columns.add(new Column(letter, h, null, "el mapa dado la ignora", "the map given ignores it"));
                } else if (otherDate != null) {
                    columns.add(new Column(letter, h, null, "DUDA: es la fecha de " + otherDate[0] + ", no la de la conducta "
                            + "(Arts. 1 y 7): se ignora. Si la hoja no tiene la fecha de la conducta y usted sabe que "
                            + "coinciden, escriba conduct_from: cada veredicto dirá de qué columna salió",
                            "DOUBT: it is the " + otherDate[1] + " date, not the conduct's (Arts. 1 and 7): ignored. If the "
                            + "sheet has no conduct date and you know they agree, write conduct_from: every verdict will "
                            + "say which column it came from"));
                } else if (HeaderNames.bareDate(h)) {
                    columns.add(new Column(letter, h, null, "DUDA: no dice qué fecha es: si es la de la conducta, escriba "
                            + "conduct_from; si no, déjela en ignorar", "DOUBT: it does not say which date it is: if it is the "
                            + "conduct's, write conduct_from; if not, leave it as ignorar"));
                } else {
                    RosterColumn typo = HeaderNames.typoOf(h);
                    columns.add(typo != null
                            ? new Column(letter, h, null, "DUDA: ¿quiso decir " + typo.header() + "? Si es eso, escríbalo; si no, "
                                    + "déjela en ignorar", "DOUBT: did you mean " + typo.header() + "? If so, write it; if not, "
                                    + "leave it as ignorar")
                            : new Column(letter, h, null, "no se reconoce: se ignora (escriba un campo si lo es)",
                                    "not recognised: ignored (write a field if it is one)"));
                }
                continue;
            }
            taken.put(field, h);
            fields[i] = field;
            String[] label = HeaderNames.label(field);
            boolean abroad = field == RosterColumn.LOCATION && HeaderNames.meansAbroad(h);
            columns.add(new Column(letter, h, field, label[0] + (abroad ? " («sí» = ABROAD)" : "") + (choice != null ? " (del mapa dado)" : ""),
                    label[1] + (abroad ? " («yes» = ABROAD)" : "") + (choice != null ? " (from the map given)" : "")));
        }
        ValueWords words = new ValueWords(map.values(),
                taken.containsKey(RosterColumn.LOCATION) && HeaderNames.meansAbroad(taken.get(RosterColumn.LOCATION)));
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null) {
                List<String> cells = new ArrayList<>();
                for (List<String> row : sample) {
                    cells.add(i < row.size() ? row.get(i).strip() : "");
                }
                look(fields[i], header.get(i).strip(), cells, words, catalog);
            }
        }
        dates(header, fields, sample, rowNumbers, workbook, map);
        missing(taken);
    }

    /** The words of a yes/no or choice column, and the charges of the charges column. */
    private void look(RosterColumn field, String header, List<String> cells, ValueWords words, OffenseCatalog catalog) {
        if (field.kind() == RosterColumn.Kind.CHARGES) {
            ChargeCell split = new ChargeCell(catalog);
            for (String cell : cells) {
                if (cell.isEmpty() || "-".equals(words.meaning(field, cell))) {
                    continue;
                }
                List<CaseFile.Charge> charges = new ArrayList<>();
                for (String item : cell.split("[;\\n\\r]")) {
                    if (!item.isBlank() && !item.contains("|") && !split.noteOnPrevious(charges, item.strip())) {
                        charges.addAll(split.charges(item.strip()));
                    }
                }
                for (CaseFile.Charge c : charges) {
                    Recognition r = catalog.recognise(c.offense());
                    if (r.status() == Recognition.Status.UNRECOGNISED) {
                        unknownCharges.merge(c.offense(), 1L, Long::sum);
                        closestCharges.put(c.offense(), r.closest());
                    }
                }
            }
            return;
        }
        if (field.kind() != RosterColumn.Kind.BOOLEAN && field.kind() != RosterColumn.Kind.CHOICE
                && field.kind() != RosterColumn.Kind.EVENT) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        boolean empty = false;
        for (String cell : cells) {
            if (cell.isEmpty()) {
                empty = true;
            } else {
                seen.add(cell);
            }
        }
        if (seen.size() > WORDS_PER_COLUMN) {
            doubts.add(new Doubt("«" + header + "» tiene " + seen.size() + " palabras distintas en las filas leídas: ¿es de "
                    + "verdad " + field.header() + "?", "«" + header + "» has " + seen.size() + " distinct words in the rows "
                    + "read: is it really " + field.header() + "?"));
            return;
        }
        Map<String, String> meanings = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String word : seen) {
            if (!keys.add(SheetWords.key(word))) {
                continue;
            }
            boolean understood = words.understood(field, word);
            String meant = words.meaning(field, word);
            meanings.put(word, understood ? shown(field, meant) : "");
            if (!understood) {
                doubts.add(new Doubt("«" + header + "»: no se sabe qué quiere decir «" + word + "»: escríbalo en valores."
                        + field.header() + " (" + ValueWords.allowedWords(field) + "); si no, esas filas se rechazan",
                        "«" + header + "»: what «" + word + "» means is not known: write it under valores." + field.header()
                        + " (" + ValueWords.allowedWords(field) + "); otherwise those rows are rejected"));
            }
        }
        boolean onlyTicks = !seen.isEmpty() && seen.stream().allMatch(w -> "true".equals(words.meaning(field, w)));
        if (empty && onlyTicks && field.kind() == RosterColumn.Kind.BOOLEAN) {
            doubts.add(new Doubt("«" + header + "» solo marca el sí: una celda vacía se lee «no consta», nunca «no». Si "
                    + "vacío quiere decir no, añada \"\": no en valores." + field.header(), "«" + header + "» only marks yes: "
                    + "an empty cell reads «not stated», never «no». If empty means no, add \"\": no under valores."
                    + field.header()));
        }
        if (!meanings.isEmpty()) {
            values.put(field, meanings);
            valueColumns.put(field, header);
        }
    }

    /** The contract's word as the map writes it: {@code sí}/{@code no} for yes and no. */
    private static String shown(RosterColumn field, String meant) {
        if (field.kind() == RosterColumn.Kind.BOOLEAN) {
            return "true".equals(meant) ? "sí" : "no";
        }
        return field.kind() == RosterColumn.Kind.CHOICE ? ValueWords.contractWord(field, meant) : meant;
    }

    /** The date order the numeric dates show, and the dates that cannot be read in it. */
    private void dates(List<String> header, RosterColumn[] fields, List<List<String>> sample, List<Long> rowNumbers,
                       boolean workbook, ColumnMap map) {
        String[] dayFirst = null;
        String[] monthFirst = null;
        int numeric = 0;
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null || fields[i].kind() != RosterColumn.Kind.DATE) {
                continue;
            }
            for (int r = 0; r < sample.size(); r++) {
                String cell = i < sample.get(r).size() ? sample.get(r).get(i).strip() : "";
                Matcher m = NUMERIC_DATE.matcher(cell);
                if (!m.matches()) {
                    continue;
                }
                numeric++;
                String[] where = workbook
                        ? new String[] {"«" + cell + "», celda " + SheetWords.columnLetters(i) + rowNumbers.get(r),
                            "«" + cell + "», cell " + SheetWords.columnLetters(i) + rowNumbers.get(r)}
                        : new String[] {"«" + cell + "», fila " + rowNumbers.get(r) + " de «" + header.get(i).strip() + "»",
                            "«" + cell + "», row " + rowNumbers.get(r) + " of «" + header.get(i).strip() + "»"};
                if (Integer.parseInt(m.group(1)) > 12 && dayFirst == null) {
                    dayFirst = where;
                }
                if (Integer.parseInt(m.group(2)) > 12 && monthFirst == null) {
                    monthFirst = where;
                }
            }
        }
        if (map.order() != null) {
            order = map.order();
            orderEs = "el orden que dice el mapa dado";
            orderEn = "the order the map given says";
        } else if (dayFirst != null && monthFirst != null) {
            orderEs = "DUDA: hay fechas día/mes/año (" + dayFirst[0] + ") y mes/día/año (" + monthFirst[0] + "): las que no "
                    + "quepan en día/mes/año se rechazarán, nunca se leen al revés";
            orderEn = "DOUBT: there are dates day/month/year (" + dayFirst[1] + ") and month/day/year (" + monthFirst[1]
                    + "): those that do not fit day/month/year will be rejected, never read the other way";
            doubts.add(new Doubt(orderEs, orderEn));
        } else if (monthFirst != null) {
            order = DateOrder.MONTH_DAY_YEAR;
            orderEs = "mes/día/año: lo muestra " + monthFirst[0];
            orderEn = "month/day/year: shown by " + monthFirst[1];
        } else if (dayFirst != null) {
            orderEs = "día/mes/año: lo muestra " + dayFirst[0];
            orderEn = "day/month/year: shown by " + dayFirst[1];
        } else if (numeric > 0) {
            orderEs = "día/mes/año, el uso venezolano: ninguna de las " + numeric + " fechas leídas lo decide";
            orderEn = "day/month/year, the Venezuelan use: none of the " + numeric + " dates read decides it";
        } else {
            orderEs = "día/mes/año (no hay fechas con números en las filas leídas)";
            orderEn = "day/month/year (no numeric dates in the rows read)";
        }
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null || fields[i].kind() != RosterColumn.Kind.DATE) {
                continue;
            }
            int bad = 0;
            String first = null;
            String firstEn = null;
            for (int r = 0; r < sample.size(); r++) {
                String cell = i < sample.get(r).size() ? sample.get(r).get(i).strip() : "";
                if (cell.isEmpty()) {
                    continue;
                }
                try {
                    PeopleDates.parse(cell, order);
                } catch (InvalidCaseException e) {
                    bad++;
                    if (first == null) {
                        String cellRef = SheetWords.columnLetters(i) + rowNumbers.get(r);
                        first = (workbook ? "celda " + cellRef : "fila " + rowNumbers.get(r)) + ": " + e.es();
                        firstEn = (workbook ? "cell " + cellRef : "row " + rowNumbers.get(r)) + ": " + e.en();
                    }
                }
            }
            if (bad > 0) {
                doubts.add(new Doubt("«" + header.get(i).strip() + "»: " + bad + " fecha(s) no se pueden leer y esas filas se "
                        + "rechazarán (" + first + ")", "«" + header.get(i).strip() + "»: " + bad + " date(s) cannot be read and "
                        + "those rows will be rejected (" + firstEn + ")"));
            }
        }
    }

    /** The doubts of the fields no column holds. */
    private void missing(Map<RosterColumn, String> taken) {
        if (!taken.containsKey(RosterColumn.ID)) {
            doubts.add(new Doubt("no hay columna de id: cada caso se llamará por su fila (fila-7)",
                    "there is no id column: each case is named by its row (fila-7)"));
        }
        if (!taken.containsKey(RosterColumn.CONDUCT_FROM)) {
            doubts.add(new Doubt("no hay fecha de la conducta: todos los veredictos serán UNDETERMINED hasta tenerla",
                    "there is no conduct date: every verdict will be UNDETERMINED until there is one"));
        }
        if (!taken.containsKey(RosterColumn.CHARGES)) {
            doubts.add(new Doubt("no hay columna de cargos: el Art. 9 no se puede decidir (UNDETERMINED)",
                    "there is no charges column: Art. 9 cannot be decided (UNDETERMINED)"));
        }
        if (!taken.containsKey(RosterColumn.POLITICAL)) {
            doubts.add(new Doubt("no hay columna de motivación política: nunca se presume, y se preguntará en cada caso",
                    "there is no political-motive column: it is never presumed, and every case will ask for it"));
        }
        if (!unknownCharges.isEmpty()) {
            doubts.add(new Doubt(unknownCharges.size() + " texto(s) de cargos no se reconocen: escriba su código en «cargos:»",
                    unknownCharges.size() + " charge text(s) are not recognised: write their code under «cargos:»"));
        }
    }

    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public List<Doubt> doubts() {
        return List.copyOf(doubts);
    }

    public DateOrder order() {
        return order;
    }

    public long rowsRead() {
        return rowsRead;
    }

    /** The proposal as a commented column map, ready for {@code --columns} (and {@code --aliases}). */
    public void write(Writer out) throws IOException {
        String where = roster + (sheet == null ? "" : ", hoja / sheet " + sheet);
        out.write("# Mapa de columnas propuesto por «amnistia columnas» para " + where + "\n");
        out.write("# (la cabecera y " + rowsRead + " filas leídas). Revíselo: cada columna va a un campo o se ignora\n");
        out.write("# («ignorar»); «valores» dice qué quiere decir cada palabra de la hoja; «fechas», el orden de las\n");
        out.write("# fechas; «cargos», el código de los cargos que el catálogo no reconoce. Cada DUDA pide una decisión.\n");
        out.write("# Úselo así: amnistia batch NÓMINA --columns ESTE-ARCHIVO.yaml --aliases ESTE-ARCHIVO.yaml -o veredictos.xlsx\n");
        out.write("# Column map proposed for " + where + " from its header and " + rowsRead + " rows. Review it: each\n");
        out.write("# column goes to a field or is ignored; «valores» says what each word of the sheet means; «fechas»,\n");
        out.write("# the date order; «cargos», the code of each unrecognised charge. Every DUDA (doubt) needs a decision.\n");
        out.write(ColumnMapFile.COLUMNS + ":\n");
        for (Column c : columns) {
            out.write("  # " + c.letter() + ": " + c.es() + " / " + c.en() + "\n");
            out.write("  " + quoted(c.header().isEmpty() ? "(" + c.letter() + ")" : c.header()) + ": "
                    + (c.field() == null ? "ignorar" : c.field().header()) + "\n");
        }
        out.write(ColumnMapFile.DATES + ": " + order.code() + "   # " + orderEs + " / " + orderEn + "\n");
        if (!values.isEmpty()) {
            out.write(ColumnMapFile.VALUES + ":\n");
            for (Map.Entry<RosterColumn, Map<String, String>> e : values.entrySet()) {
                out.write("  " + e.getKey().header() + ":   # «" + valueColumns.get(e.getKey()) + "» ("
                        + ValueWords.allowedWords(e.getKey()) + ")\n");
                for (Map.Entry<String, String> w : e.getValue().entrySet()) {
                    out.write("    " + quoted(w.getKey()) + ": " + (w.getValue().isEmpty() ? "\"\"   # DUDA / DOUBT" : quoted(w.getValue()))
                            + "\n");
                }
            }
        }
        if (!unknownCharges.isEmpty()) {
            out.write("cargos:   # el código de cada uno («amnistia delitos» los lista) / each one's code\n");
            for (Map.Entry<String, Long> e : unknownCharges.entrySet()) {
                List<Offense> closest = closestCharges.getOrDefault(e.getKey(), List.of());
                out.write("  " + quoted(e.getKey()) + ": \"\"   # " + e.getValue() + (e.getValue() == 1 ? " fila" : " filas")
                        + (closest.isEmpty() ? "" : "; ¿quiso decir " + String.join(" o ", closest.stream().map(Offense::code).toList()) + "?")
                        + "\n");
            }
        }
        if (!doubts.isEmpty()) {
            out.write("# DUDAS / DOUBTS:\n");
            for (Doubt d : doubts) {
                out.write("#  - " + d.es() + "\n#    " + d.en() + "\n");
            }
        }
    }

    static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
