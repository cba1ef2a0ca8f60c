package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.InvalidCaseException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A roster of rows and cells — a CSV file or a workbook's sheet — read one case at a time: its
 * header read as {@link ColumnMapping} says (the contract, or an NGO's sheet with its own names),
 * then each row turned into a case or a reject naming the row and the column (the sheet's own
 * column name; in a workbook, the cell). With {@link RosterSettings#keepCells()} every row carries
 * its cells, for the annotated sheet.
 */
final class SheetRosterReader implements RosterReader {

    private final CellRows rows;
    private final String name;
    private final ColumnMapping mapping;
    private final CsvCaseMapper mapper;
    private final boolean keepCells;
    private final IdHashSet ids = new IdHashSet();
    private final int width;
    private final int idCell;

    SheetRosterReader(CellRows rows, String name, RosterSettings settings, boolean workbook) throws IOException {
        this.rows = rows;
        this.name = name;
        CellRows.Found found = rows.next();
        if (found == CellRows.Found.END) {
            throw new RosterFileException(name, null, "el archivo está vacío: falta la cabecera",
                    "the file is empty: the header is missing");
        }
        if (found == CellRows.Found.BAD) {
            throw new RosterFileException(name, null, "cabecera ilegible: " + rows.badEs(), "unreadable header: " + rows.badEn());
        }
        this.mapping = ColumnMapping.of(rows.cells(), settings.columns(), workbook, name);
        this.width = rows.cells().size();
        this.idCell = mapping.index()[RosterColumn.ID.ordinal()];
        this.mapper = new CsvCaseMapper(mapping, settings.catalog());
        this.keepCells = settings.keepCells();
    }

    @Override
    public RosterRow next() throws IOException {
        CellRows.Found found = rows.next();
        if (found == CellRows.Found.END) {
            return null;
        }
        List<String> cells = keepCells ? new ArrayList<>(rows.cells()) : null;
        RosterRow row = found == CellRows.Found.BAD
                ? RosterRow.rejected(new Reject(rows.row(), "", rows.badField(), rows.badEs(), rows.badEn()))
                : record();
        return cells == null ? row : row.withCells(cells);
    }

    private RosterRow record() {
        long at = rows.row();
        List<String> cells = rows.cells();
        if (!mapping.sheet() && cells.size() != width) {
            return RosterRow.rejected(new Reject(at, "", "csv",
                    "la fila tiene " + cells.size() + " celdas y la cabecera " + width,
                    "the row has " + cells.size() + " cells and the header " + width));
        }
        if (mapping.sheet() && cells.size() > width && !cells.subList(width, cells.size()).stream().allMatch(String::isBlank)) {
            return RosterRow.rejected(new Reject(at, "", "csv",
                    "la fila tiene texto en " + cells.size() + " celdas y la cabecera solo " + width + " columnas",
                    "the row has text in " + cells.size() + " cells and the header only " + width + " columns"));
        }
        String id = mapping.idsFromRows() ? "fila-" + at : idCell < cells.size() ? cells.get(idCell).trim() : "";
        if (id.isEmpty()) {
            return RosterRow.rejected(new Reject(at, "", mapping.headerOf(RosterColumn.ID),
                    "falta el identificador del caso", "the case has no id"));
        }
        if (!ids.add(id)) {
            return RosterRow.rejected(Reject.repeatedId(at, id, mapping.headerOf(RosterColumn.ID), "fila", "row"));
        }
        try {
            CaseFile c = mapper.map(cells, id);
            return RosterRow.of(at, c);
        } catch (InvalidCaseException e) {
            RosterColumn column = RosterColumn.ofHeader(e.field()) != null ? RosterColumn.ofHeader(e.field())
                    : RosterColumn.ofJsonPath(e.field());
            String field = column != null ? mapping.headerOf(column) : e.field();
            String cell = column != null ? rows.cellName(mapping.index()[column.ordinal()]) : null;
            return RosterRow.rejected(cell == null ? new Reject(at, id, field, e.es(), e.en())
                    : new Reject(at, id, field, "celda " + cell + ": " + e.es(), "cell " + cell + ": " + e.en()));
        }
    }

    @Override
    public RosterEncoding encoding() {
        return rows instanceof CsvCellRows csv ? csv.encoding() : null;
    }

    @Override
    public ColumnMapping columns() {
        return mapping;
    }

    @Override
    public long blankLines() {
        return rows.blankRows();
    }

    @Override
    public long bytesRead() {
        return rows.bytesRead();
    }

    @Override
    public long totalBytes() {
        return rows.totalBytes();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
