package org.amnistia.roster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.amnistia.roster.RosterReaderTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A roster is read in the encoding it arrived in (UTF-8 with or without a mark, UTF-16 with its
 * mark, Windows-1252 as Excel on Windows saves it) and an id always comes back as written; every
 * row the reader cannot take — bytes that are not the encoding, a NUL, a line past 1 MiB, more cells
 * than the header — is a reject naming its line (and the byte), and the rows around it are read.
 */
class RosterEncodingTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String HEADER = "id,name,conduct_from,political,charges,stage\r\n";

    private static RosterReader open(byte[] bytes, RosterFormat format, RosterEncoding forced) throws IOException {
        return RosterReader.open(new ByteArrayInputStream(bytes), format, "nomina", bytes.length,
                RosterSettings.DEFAULT.withEncoding(forced));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static List<String> ids(List<RosterRow> rows) {
        return rows.stream().filter(r -> !r.isReject()).map(r -> r.caseFile().id()).toList();
    }

    @Test
    void aWindows1252RosterFromExcelKeepsItsIdsAsWrittenAndTwoPeopleStayTwo() throws IOException {
        // «Peña» and «Peóa» differ by one byte; read as UTF-8 with replacement both became «Pe�a»
        byte[] roster = (HEADER
                + "Peña,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\n"
                + "Peóa,Luis,2024-07-30,true,TERRORISMO,TRIAL\r\n"
                + "Núñez,José Ñáñez,2024-07-30,true,TERRORISMO,TRIAL\r\n").getBytes(CP1252);

        try (RosterReader reader = open(roster, RosterFormat.CSV, null)) {
            List<RosterRow> rows = readAll(reader);
            assertThat(reader.encoding()).isEqualTo(RosterEncoding.WINDOWS_1252);
            assertThat(rows).noneMatch(RosterRow::isReject);
            assertThat(ids(rows)).containsExactly("Peña", "Peóa", "Núñez");
        }
        byte[] jsonl = ("{\"id\":\"Peña\"}\n{\"id\":\"Peóa\"}\n{\"id\":\"Núñez\"}\n").getBytes(CP1252);
        try (RosterReader reader = open(jsonl, RosterFormat.JSONL, null)) {
            List<RosterRow> rows = readAll(reader);
            assertThat(reader.encoding()).isEqualTo(RosterEncoding.WINDOWS_1252);
            assertThat(ids(rows)).containsExactly("Peña", "Peóa", "Núñez");
        }
    }

    @Test
    void utf8WithOrWithoutAMarkAndUtf16WithItsMarkAreReadAsWritten() throws IOException {
        String text = HEADER + "Peña,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\nNúñez,€,2024-07-30,true,TERRORISMO,TRIAL\r\n";
        record Case(byte[] bytes, RosterEncoding encoding) {
        }
        List<Case> cases = List.of(
                new Case(text.getBytes(StandardCharsets.UTF_8), RosterEncoding.UTF_8),
                new Case(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)), RosterEncoding.UTF_8),
                new Case(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)), RosterEncoding.UTF_16LE),
                new Case(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)), RosterEncoding.UTF_16BE));
        for (Case c : cases) {
            try (RosterReader reader = open(c.bytes(), RosterFormat.CSV, null)) {
                List<RosterRow> rows = readAll(reader);
                assertThat(reader.encoding()).isEqualTo(c.encoding());
                assertThat(rows).noneMatch(RosterRow::isReject);
                assertThat(ids(rows)).containsExactly("Peña", "Núñez");
            }
        }
        // forced: --encoding utf-16 takes the byte order from the mark
        try (RosterReader reader = open(cases.get(2).bytes(), RosterFormat.CSV, RosterEncoding.UTF_16)) {
            assertThat(ids(readAll(reader))).containsExactly("Peña", "Núñez");
            assertThat(reader.encoding()).isEqualTo(RosterEncoding.UTF_16LE);
        }
    }

    @Test
    void aRunOfInvalidUtf8BytesRejectsItsRowByLineAndByteAndLosesNoOtherRow() throws IOException {
        byte[] before = (HEADER
                + "A1,Peña,2024-07-30,true,TERRORISMO,TRIAL\r\n"
                + "A2,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\n").getBytes(StandardCharsets.UTF_8);
        // 0x81 has no meaning in Windows-1252 either: the roster stays UTF-8
        byte[] bad = concat("A3,Lu".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0x81, (byte) 0xE2, (byte) 0x82},
                "s,2024-07-30,true,TERRORISMO,TRIAL\r\n".getBytes(StandardCharsets.UTF_8));
        byte[] after = "A4,Núñez,2024-07-30,true,TERRORISMO,TRIAL\r\nA5,Rosa,2024-07-30,true,TERRORISMO,TRIAL\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] roster = concat(before, bad, after);
        long offset = before.length + "A3,Lu".length();

        try (RosterReader reader = open(roster, RosterFormat.CSV, null)) {
            List<RosterRow> rows = readAll(reader);
            assertThat(reader.encoding()).isEqualTo(RosterEncoding.UTF_8);
            assertThat(ids(rows)).containsExactly("A1", "A2", "A4", "A5");
            assertThat(rows).filteredOn(RosterRow::isReject).extracting(r -> r.reject().row(), r -> r.reject().id(),
                    r -> r.reject().field()).containsExactly(tuple(4L, "", "encoding"));
            Reject r = rows.get(2).reject();
            assertThat(r.es()).contains("0xC3", "byte " + offset).doesNotContain("\uFFFD", "Lu");
            assertThat(r.en()).contains("0xC3", "byte offset " + offset);
        }
    }

    @Test
    void aWindows1252ByteAfterTheSniffedPrefixIsARejectSayingSoNeverAReplacementCharacter() throws IOException {
        StringBuilder valid = new StringBuilder(HEADER);
        int n = 0;
        while (valid.length() < RosterDecoder.SNIFF + 1000) {
            valid.append("V").append(++n).append(",Ana,2024-07-30,true,TERRORISMO,TRIAL\r\n");
        }
        byte[] head = valid.toString().getBytes(StandardCharsets.UTF_8);
        byte[] roster = concat(head, "Peña,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\nZ1,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\n"
                .getBytes(CP1252));

        try (RosterReader reader = open(roster, RosterFormat.CSV, null)) {
            List<RosterRow> rows = readAll(reader);
            assertThat(reader.encoding()).isEqualTo(RosterEncoding.UTF_8);
            assertThat(rows).hasSize(n + 2);
            assertThat(ids(rows)).hasSize(n + 1).endsWith("Z1").noneMatch(id -> id.contains("\uFFFD"));
            Reject r = rows.get(n).reject();
            assertThat(r.row()).isEqualTo(n + 2L);
            assertThat(r.es()).contains("0xF1", "byte " + (head.length + 2), "--encoding windows-1252");
        }
        // forced, the same bytes read as Windows-1252 keep the id
        try (RosterReader reader = open(roster, RosterFormat.CSV, RosterEncoding.WINDOWS_1252)) {
            assertThat(ids(readAll(reader))).contains("Peña").hasSize(n + 2);
        }
    }

    @Test
    void aNulByteIsARejectOnItsLineAndTheNextRowIsRead() throws IOException {
        byte[] csv = (HEADER + "A1,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\nA2,A\0na,2024-07-30,true,TERRORISMO,TRIAL\r\n"
                + "A3,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\n").getBytes(StandardCharsets.UTF_8);
        try (RosterReader reader = open(csv, RosterFormat.CSV, null)) {
            List<RosterRow> rows = readAll(reader);
            assertThat(ids(rows)).containsExactly("A1", "A3");
            assertThat(rows.get(1).reject().row()).isEqualTo(3);
            assertThat(rows.get(1).reject().es()).contains("NUL");
        }
        byte[] jsonl = "{\"id\":\"J1\"}\n{\"id\":\"J\0\"}\n{\"id\":\"J3\"}\n".getBytes(StandardCharsets.UTF_8);
        try (RosterReader reader = open(jsonl, RosterFormat.JSONL, null)) {
            List<RosterRow> rows = readAll(reader);
            assertThat(ids(rows)).containsExactly("J1", "J3");
            assertThat(rows.get(1).reject()).extracting(Reject::row, Reject::field).containsExactly(2L, "json");
            assertThat(rows.get(1).reject().en()).contains("NUL");
        }
    }

    @Test
    void aLineLongerThanOneMebibyteIsARejectAndReadingResumesAtTheNextLine() throws IOException {
        String huge = "x".repeat(CsvCellRows.MAX_RECORD + 200_000);
        byte[] csv = (HEADER + "A1,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\nA2," + huge + ",2024-07-30,true,TERRORISMO,TRIAL\r\n"
                + "A3,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\n").getBytes(StandardCharsets.UTF_8);
        try (RosterReader reader = open(csv, RosterFormat.CSV, null)) {
            List<RosterRow> rows = readAll(reader);
            assertThat(ids(rows)).containsExactly("A1", "A3");
            assertThat(rows.get(1).reject()).extracting(Reject::row, Reject::field).containsExactly(3L, "csv");
            assertThat(rows.get(1).reject().en()).contains("longer than 1 MiB", "next line");
        }
        // an unterminated quote no longer reads the rest of the file into memory
        byte[] quote = (HEADER + "A1,\"" + huge + "\r\nA3,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\n").getBytes(StandardCharsets.UTF_8);
        try (RosterReader reader = open(quote, RosterFormat.CSV, null)) {
            List<RosterRow> rows = readAll(reader);
            assertThat(ids(rows)).containsExactly("A3");
            assertThat(rows.get(0).reject().row()).isEqualTo(2);
        }
        byte[] jsonl = ("{\"id\":\"J1\"}\n{\"id\":\"" + huge + "\"}\r\n{\"id\":\"J3\"}").getBytes(StandardCharsets.UTF_8);
        try (RosterReader reader = open(jsonl, RosterFormat.JSONL, null)) {
            List<RosterRow> rows = readAll(reader);
            assertThat(ids(rows)).containsExactly("J1", "J3");
            assertThat(rows.get(1).reject()).extracting(Reject::row, Reject::field).containsExactly(2L, "json");
        }
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsARejectNamingBothCounts() throws IOException {
        byte[] csv = (HEADER + "A1,Ana,2024-07-30,true,TERRORISMO,TRIAL,sobra,otra\r\nA2,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\n")
                .getBytes(StandardCharsets.UTF_8);
        try (RosterReader reader = open(csv, RosterFormat.CSV, null)) {
            List<RosterRow> rows = readAll(reader);
            assertThat(ids(rows)).containsExactly("A2");
            assertThat(rows.get(0).reject()).extracting(Reject::row, Reject::field).containsExactly(2L, "csv");
            assertThat(rows.get(0).reject().es()).isEqualTo("la fila tiene 8 celdas y la cabecera 6");
        }
    }

    @Test
    void aFolderOrAFifoGivenAsARosterIsRefusedByNameWithoutWaiting(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("nomina.csv"));
        assertThatThrownBy(() -> RosterReader.open(folder)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("nomina.csv").hasMessageContaining("folder");

        Path fifo = NamedPipe.at(dir.resolve("tubo.csv"));
        assertThatThrownBy(() -> RosterReader.open(fifo)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("tubo.csv").hasMessageContaining("not a regular file");
    }

    @Test
    void theSummaryNamesTheEncoding() throws IOException {
        byte[] roster = (HEADER + "Peña,Ana,2024-07-30,true,TERRORISMO,TRIAL\r\n").getBytes(CP1252);
        try (RosterReader reader = open(roster, RosterFormat.CSV, null)) {
            RosterSummary summary = RosterRun.with(() -> new FakeChunkEvaluator(0)).threads(1)
                    .run(reader, VerdictWriter.of(new ByteArrayOutputStream(), RosterFormat.JSONL));
            assertThat(summary.toMap()).containsEntry("encoding", "windows-1252").containsEntry("verdicts", 1L);
        }
    }
}
