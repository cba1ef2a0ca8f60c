package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.amnistia.roster.RosterReaderTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sample NGO roster, cases/nominas/ong-lista.csv, and its workbook twin ong-lista.xlsx: the
 * twin still holds the CSV's rows (if not, make it again with {@link SampleRosterWorkbook#main}),
 * a workbook is read as a stream with its date cells as days, and both twins give the same cases
 * with the sample's column map.
 */
class SampleRosterTest {

    private static final RosterSettings WITH_THE_MAP =
            new RosterSettings(ColumnMapFile.read(java.nio.file.Path.of("cases/nominas/ong-mapa.yaml")),
                    org.amnistia.offense.OffenseCatalog.standard(), false);

    /** Each row's cells as a spreadsheet shows them, keyed by the row number a spreadsheet gives it. */
    private static List<String> rowsOf(CellRows rows, boolean csv) throws IOException {
        List<String> out = new ArrayList<>();
        long records = 0;
        while (rows.next() == CellRows.Found.ROW) {
            long number = csv ? ++records + rows.blankRows() : rows.row();
            List<String> cells = new ArrayList<>();
            for (String c : rows.cells()) {
                var day = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(c);
                cells.add(csv && day.matches() && SampleDates.real(day) ? SampleDates.iso(day) : c);
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            out.add(number + ": " + String.join(" | ", cells));
        }
        return out;
    }

    /** The day-first dates the twin keeps as date cells. */
    private static final class SampleDates {
        static boolean real(java.util.regex.Matcher d) {
            try {
                iso(d);
                return true;
            } catch (java.time.DateTimeException e) {
                return false;
            }
        }

        static String iso(java.util.regex.Matcher d) {
            return java.time.LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(1))).toString();
        }
    }

    @Test
    void theWorkbookTwinHoldsTheCsvsRowsOnTheSameRowNumbersWithItsDatesAsDateCells() throws IOException {
        List<String> csv;
        try (CsvCellRows rows = new CsvCellRows(new CountingInputStream(new BufferedInputStream(
                Files.newInputStream(SampleRosterWorkbook.CSV))), -1)) {
            csv = rowsOf(rows, true);
        }
        List<String> xlsx;
        try (XlsxCellRows rows = XlsxCellRows.open(SampleRosterWorkbook.XLSX.toFile(), "ong-lista.xlsx", null)) {
            assertThat(rows.sheetName()).isEqualTo("Presos");
            xlsx = rowsOf(rows, false);
        }
        assertThat(xlsx).as("cases/nominas/ong-lista.xlsx is out of date: run SampleRosterWorkbook.main").isEqualTo(csv);
        assertThat(xlsx).anyMatch(r -> r.startsWith("10: 9 | Yelitza") && r.contains("Asociación para delinquir\nObstaculización"));
        assertThat(xlsx).anyMatch(r -> r.startsWith("2: 1 | Ana") && r.contains("2024-08-02 | 2024-07-30"));
    }

    @Test
    void bothTwinsGiveTheSameCasesAndRejectsWithTheSamplesColumnMap() throws IOException {
        List<RosterRow> fromCsv;
        List<RosterRow> fromXlsx;
        try (RosterReader reader = RosterReader.open(SampleRosterWorkbook.CSV, null, WITH_THE_MAP)) {
            fromCsv = readAll(reader);
        }
        try (RosterReader reader = RosterReader.open(SampleRosterWorkbook.XLSX, null, WITH_THE_MAP)) {
            fromXlsx = readAll(reader);
            assertThat(reader.blankLines()).isZero(); // a row with nothing is absent from the workbook
        }
        assertThat(fromXlsx).hasSize(24).hasSameSizeAs(fromCsv);
        for (int i = 0; i < fromCsv.size(); i++) {
            RosterRow a = fromCsv.get(i);
            RosterRow b = fromXlsx.get(i);
            if (a.isReject()) {
                assertThat(b.reject().id()).isEqualTo(a.reject().id());
                assertThat(b.reject().field()).isEqualTo(a.reject().field());
                assertThat(b.reject().es()).endsWith(a.reject().es());
            } else {
                assertThat(b.caseFile()).as("row %d", i).isEqualTo(a.caseFile());
            }
        }
        CaseFile first = fromXlsx.get(0).caseFile();
        assertThat(first.conduct().from().text()).isEqualTo("2024-07-30");
        assertThat(first.charges()).extracting(CaseFile.Charge::offense, CaseFile.Charge::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Incitación al odio, Ley contra el Odio", "Ley contra el Odio"),
                        org.assertj.core.groups.Tuple.tuple("Terrorismo", null));
        assertThat(fromXlsx).filteredOn(RosterRow::isReject).extracting(r -> r.reject().row(), r -> r.reject().es())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5L, "celda F5: «31/02/2024» no es una fecha posible: leída como "
                                + "día/mes/año, febrero de 2024 tiene 29 días"),
                        org.assertj.core.groups.Tuple.tuple(20L, "celda F20: «13/25/2024» no es una fecha posible: leída como "
                                + "día/mes/año, no hay mes 25"),
                        org.assertj.core.groups.Tuple.tuple(22L, "id repetido: «2» ya apareció en una fila anterior"));
    }

    @Test
    void aSheetIsChosenByNameAndAMissingOneOrAFileThatIsNoWorkbookIsAFileError() throws IOException {
        assertThatThrownBy(() -> XlsxCellRows.open(SampleRosterWorkbook.XLSX.toFile(), "ong-lista.xlsx", "Hoja2"))
                .isInstanceOfSatisfying(RosterFileException.class,
                        e -> assertThat(e.es()).isEqualTo("el libro no tiene la hoja «Hoja2» (tiene: Presos)"));
        try (XlsxCellRows rows = XlsxCellRows.open(SampleRosterWorkbook.XLSX.toFile(), "ong-lista.xlsx", "presos")) {
            assertThat(rows.next()).isEqualTo(CellRows.Found.ROW);
        }
        assertThatThrownBy(() -> XlsxCellRows.open(SampleRosterWorkbook.CSV.toFile(), "ong-lista.csv", null))
                .isInstanceOfSatisfying(RosterFileException.class, e -> assertThat(e.es()).startsWith("no es un libro .xlsx"));
    }
}
