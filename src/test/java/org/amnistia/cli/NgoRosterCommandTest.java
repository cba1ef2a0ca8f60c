package org.amnistia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample NGO roster end to end on the command line: {@code columnas} proposes its map, and
 * {@code batch} with the reviewed map evaluates the CSV and its workbook twin with no hand edits,
 * every row accounted for, giving the sheet back with the verdict columns added.
 */
class NgoRosterCommandTest {

    private static final String CSV = "cases/nominas/ong-lista.csv";
    private static final String XLSX = "cases/nominas/ong-lista.xlsx";
    private static final String MAP = "cases/nominas/ong-mapa.yaml";

    @TempDir
    Path dir;

    @Test
    void columnasProposesAMapThatNamesEveryColumnTheDateOrderAndTheDoubts() throws IOException {
        CommandLineRun run = new CommandLineRun();
        Path map = dir.resolve("mapa.yaml");

        assertThat(run.run("columnas", XLSX, "-o", map.toString())).isZero();

        String yaml = Files.readString(map, StandardCharsets.UTF_8);
        assertThat(yaml).contains("hoja / sheet «Presos»", "columnas:", "\"N°\": id", "\"Delitos imputados\": charges",
                "\"Fecha de detención\": ignorar", "\"Fecha de los sucesos\": ignorar", "fechas: dmy",
                "\"Régimen de presentación\": \"\"   # DUDA", "\"Condenado\": \"EXECUTION\"", "\"Abigeato\": \"\"");
        assertThat(yaml).doesNotContain("Ana Quelbarro"); // the names are never copied into the map
        assertThat(run.err.toString()).contains("12 columnas, 7 leídas como datos", "no hay fecha de la conducta");
        // the proposal is itself a valid map: batch reads it as it is
        assertThat(new CommandLineRun().run("batch", CSV, "--columns", map.toString(), "-o", dir.resolve("v.jsonl").toString()))
                .isZero();
    }

    @Test
    void theCsvAndItsWorkbookTwinGiveTheSameVerdictsAndComeBackAnnotatedWithEveryRow() throws IOException {
        Path xlsxOut = dir.resolve("veredictos.xlsx");
        Path csvOut = dir.resolve("veredictos.csv");
        Path summary = dir.resolve("resumen.json");
        CommandLineRun fromXlsx = new CommandLineRun();
        assertThat(fromXlsx.run("batch", XLSX, "--columns", MAP, "--aliases", MAP, "-o", xlsxOut.toString(),
                "--rejects", dir.resolve("rechazos.csv").toString(), "--summary", summary.toString())).isZero();
        assertThat(new CommandLineRun().run("batch", CSV, "--columns", MAP, "--aliases", MAP, "-o", csvOut.toString(),
                "--keep-columns")).isZero();

        JsonNode s = CaseJson.mapper().readTree(summary.toFile());
        assertThat(s.get("rows").asLong()).isEqualTo(24).isEqualTo(s.get("verdicts").asLong() + s.get("rejects").asLong());
        assertThat(s.get("rejects").asLong()).isEqualTo(3);
        assertThat(s.at("/columns/used/Fecha de los sucesos").asText()).isEqualTo("conduct_from");
        assertThat(s.at("/columns/ignored").has("Fecha de detención")).isTrue();
        assertThat(s.at("/columns/dateOrder").asText()).isEqualTo("dmy");
        assertThat(Files.readString(dir.resolve("rechazos.csv"))).contains("celda F5", "celda F20", "id repetido");

        Map<String, String> byName = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsxOut); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheet("veredictos");
            assertThat(sheet.getLastRowNum()).isEqualTo(24);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    byName.put(row.getCell(1).getStringCellValue(), row.getCell(12).getStringCellValue());
                }
            }
        }
        String annotatedCsv = Files.readString(csvOut, StandardCharsets.UTF_8);
        assertThat(annotatedCsv).startsWith("N°,Nombres y apellidos,Sexo,")
                .contains(",veredicto,artículos,dudas,falta saber,motivo,reason\n");
        assertThat(byName).containsEntry("Ana Quelbarro Tacarigua", "ELIGIBLE")
                .containsEntry("Pedro Guaire Mapire", "REJECTED")
                .containsEntry("Carmen Arauca Tocuyo", "NOT_ELIGIBLE")
                .containsEntry("Omar Guanare Tucupido", "UNDETERMINED");
        // the CSV given back holds the same verdicts as the workbook, row for row
        List<String> csvVerdicts = new java.util.ArrayList<>();
        var cell = java.util.regex.Pattern.compile(",(ELIGIBLE|NOT_ELIGIBLE|UNDETERMINED|REJECTED),").matcher(annotatedCsv);
        while (cell.find()) {
            csvVerdicts.add(cell.group(1));
        }
        assertThat(csvVerdicts).containsExactlyElementsOf(byName.values());
    }

    @Test
    void aMapOrAnOutputThatCannotBeUsedIsBadUsageNamingIt() throws IOException {
        Path bad = dir.resolve("malo.yaml");
        Files.writeString(bad, "columnas:\n  Delitos: cargos\n");
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("batch", CSV, "--columns", bad.toString())).isEqualTo(2);
        assertThat(run.err.toString()).contains("malo.yaml:2", "campo desconocido «cargos»");

        run = new CommandLineRun();
        assertThat(run.run("batch", CSV, "--keep-columns", "-o", dir.resolve("v.jsonl").toString())).isEqualTo(2);
        assertThat(run.err.toString()).contains("--keep-columns");

        run = new CommandLineRun();
        assertThat(run.run("batch", CSV, "--date-order", "al-reves")).isEqualTo(2);
        assertThat(run.err.toString()).contains("--date-order");

        run = new CommandLineRun();
        assertThat(run.run("batch", XLSX, "--sheet", "Hoja9")).isEqualTo(2);
        assertThat(run.err.toString()).contains("no tiene la hoja «Hoja9» (tiene: Presos)");
    }

    @Test
    void compareReadsTheNgoSheetWithItsMapToo() throws IOException {
        CommandLineRun run = new CommandLineRun();
        Path summary = dir.resolve("cmp.json");
        assertThat(run.run("compare", XLSX, "--columns", MAP, "--reading", "favourable", "--reading", "strict",
                "-o", dir.resolve("cambios.csv").toString(), "--summary", summary.toString())).isZero();
        JsonNode s = CaseJson.mapper().readTree(summary.toFile());
        assertThat(s.get("rows").asLong()).isEqualTo(24);
        assertThat(s.get("compared").asLong() + s.get("rejects").asLong()).isEqualTo(24);
    }
}
