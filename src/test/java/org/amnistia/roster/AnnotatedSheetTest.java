package org.amnistia.roster;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NGO's sheet given back: every one of its rows, in order and with its own cells, the verdict
 * columns added — a rejected row too, with why — in a workbook with its header frozen, an autofilter
 * and a colour per verdict, or in CSV ({@code --keep-columns}).
 */
class AnnotatedSheetTest {

    private static final RosterSettings KEEP = new RosterSettings(
            ColumnMapFile.read(java.nio.file.Path.of("cases/nominas/ong-mapa.yaml")),
            org.amnistia.offense.OffenseCatalog.standard(), true);

    private static RosterSummary run(RosterRun.Sink<org.amnistia.verdict.Verdict> sink, RosterReader reader) throws IOException {
        // three workers, chunks of 4: rejects fall between cases of different chunks
        return RosterRun.with(() -> new FakeChunkEvaluator(500)).threads(3).chunkSize(4).run(reader, sink);
    }

    @Test
    void theWorkbookComesBackAsTheNgosRowsWithTheVerdictColumnsAFrozenHeaderAFilterAndAColourPerVerdict() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RosterSummary summary;
        try (RosterReader reader = RosterReader.open(SampleRosterWorkbook.XLSX, null, KEEP);
             AnnotatedXlsxWriter out = new AnnotatedXlsxWriter(bytes, reader.columns().header(), null)) {
            summary = run(out, reader);
        }
        assertThat(summary.rows()).isEqualTo(24).isEqualTo(summary.verdicts() + summary.rejects());

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("veredictos");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("N°");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Observaciones");
            assertThat(List.of(12, 13, 14, 15, 16, 17)).extracting(i -> header.getCell(i).getStringCellValue())
                    .containsExactly("veredicto", "artículos", "dudas", "falta saber", "motivo", "reason");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R25");
            assertThat(sheet.getLastRowNum()).isEqualTo(24);

            // every row in its place, its own cells as they came (a date cell still a date)
            for (int r = 1; r <= 24; r++) {
                Row row = sheet.getRow(r);
                String verdict = row.getCell(12).getStringCellValue();
                String id = row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((long) row.getCell(0).getNumericCellValue()) : row.getCell(0).getStringCellValue();
                if (verdict.equals("REJECTED")) {
                    assertThat(id).isIn("4", "19", "2");
                    assertThat(row.getCell(16).getStringCellValue()).startsWith("fila rechazada: ");
                } else {
                    assertThat(verdict).isEqualTo(FakeChunkEvaluator.verdictFor(id).verdict().name());
                }
                assertThat(fill(row.getCell(12))).isEqualTo(switch (verdict) {
                    case "ELIGIBLE" -> "C6EFCE";
                    case "NOT_ELIGIBLE" -> "FFC7CE";
                    case "UNDETERMINED" -> "FFEB9C";
                    default -> "D9D9D9";
                });
            }
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Ana Quelbarro Tacarigua");
            assertThat(sheet.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalDate()).hasToString("2024-07-30");
            assertThat(book.getSheet("resumen").getRow(0).getCell(1).getNumericCellValue()).isEqualTo(24);
        }
    }

    private static String fill(org.apache.poi.ss.usermodel.Cell cell) {
        return HexFormat.of().formatHex(((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor().getRGB())
                .toUpperCase();
    }

    @Test
    void keepColumnsGivesTheCsvBackWithTheVerdictColumnsAndTheConductDateNoteWhenTheMapTookAnotherDate() throws IOException {
        String csv = "Nombre,Fecha de detención,Delitos\nAna,02/08/2024,Terrorismo\n\"Luis, el de \"\"arriba\"\"\",31/02/2024,x\n=cmd,,Terrorismo\n";
        ColumnMap map = ColumnMapFile.read("columnas:\n  \"Fecha de detención\": conduct_from\n", "mapa.yaml");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RosterReader reader = RosterReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                RosterFormat.CSV, "lista.csv", -1, new RosterSettings(map, org.amnistia.offense.OffenseCatalog.standard(), true));
             AnnotatedCsvWriter out = new AnnotatedCsvWriter(bytes, reader.columns().header(),
                     ConductDateNote.of(reader.columns()))) {
            run(out, reader);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("Nombre,Fecha de detención,Delitos,veredicto,artículos,dudas,falta saber,motivo,reason,nota,note");
        assertThat(lines[1]).startsWith("Ana,02/08/2024,Terrorismo," + FakeChunkEvaluator.verdictFor("fila-2").verdict())
                .contains("La fecha de la conducta se tomó de la columna «Fecha de detención»");
        assertThat(lines[2]).startsWith("\"Luis, el de \"\"arriba\"\"\",31/02/2024,x,REJECTED,,,,\"fila rechazada: Fecha de detención:");
        assertThat(lines[3]).startsWith("'=cmd,,Terrorismo,").doesNotContain("La fecha de la conducta");
    }

    @Test
    void aLongRunOfRejectsAndTheCasesAfterItComeBackInTheirOrder() throws IOException {
        StringBuilder csv = new StringBuilder("N°,Fecha de los hechos\n");
        for (int i = 1; i <= 3_000; i++) {
            csv.append(i).append(',').append(i <= 2_500 ? "31/02/2024" : "30/07/2024").append('\n');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RosterSummary summary;
        try (RosterReader reader = RosterReader.open(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                RosterFormat.CSV, "larga.csv", -1, new RosterSettings(ColumnMap.NONE, org.amnistia.offense.OffenseCatalog.standard(), true));
             AnnotatedCsvWriter out = new AnnotatedCsvWriter(bytes, reader.columns().header(), null)) {
            summary = run(out, reader);
        }
        assertThat(summary.rejects()).isEqualTo(2_500);
        assertThat(summary.verdicts()).isEqualTo(500);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(3_001);
        for (int i = 1; i <= 3_000; i++) {
            assertThat(lines[i]).startsWith(i + ",").contains(i <= 2_500 ? ",REJECTED," : "," + FakeChunkEvaluator.verdictFor(
                    String.valueOf(i)).verdict() + ",");
        }
    }
}
