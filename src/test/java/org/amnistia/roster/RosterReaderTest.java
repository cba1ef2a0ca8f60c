package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.PartialDate;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RosterReaderTest {

    /** Every kind of bad row, each on a known physical line (the header is line 1). */
    static final String BAD_CSV = "\uFEFFid,name,conduct_from,political,charges,stage\r\n"   // 1 header, BOM, CRLF
            + "A1,Ana Quelbarro,2024-07-30,sí,TERRORISMO;INCITACION_ODIO,CONTROL\r\n"       // 2 ok
            + "\r\n"                                                                        // 3 blank
            + "A2,\"Mirandiz, Luis\",2024-13-01,true,TERRORISMO,TRIAL\n"                    // 4 bad date
            + "A3,Pedro,2024-02-30,true,TERRORISMO,TRIAL\n"                                 // 5 impossible date
            + "A4,Rosa,2024-07-30,quizás,TERRORISMO,TRIAL\n"                                // 6 unknown boolean word
            + ",Omar,2024-07-30,true,TERRORISMO,TRIAL\n"                                    // 7 empty id
            + "A1,Otro,2024-07-30,true,TERRORISMO,TRIAL\n"                                  // 8 duplicate id
            + "A5,\"Ana \"\"La Flaca\"\"\n"                                                 // 9 ok, spans two lines
            + "Turpialo\",2024-08,YES,-,EXECUTION\n"                                        // 10 (continued)
            + "A6,Jo\"sé,2024-07-30,true,TERRORISMO,TRIAL\n"                                // 11 quote in unquoted cell
            + "A7,\"Carmen\"x,2024-07-30,true,TERRORISMO,TRIAL\n"                           // 12 text after closing quote
            + "A8,Luisa,2024-07-30,true,TERRORISMO,TRIAL,extra\n"                           // 13 too many cells
            + "A9,Luisa,2024-07-30,true\n"                                                  // 14 too few cells
            + "A10,Ramón,2024-07-30,true,HOMICIDIO_INTENCIONAL|attempt|foo,TRIAL\n"         // 15 unknown charge flag
            + "   \n"                                                                       // 16 blank (spaces)
            + "A11,Yelitza,2024,0,HOMICIDIO_INTENCIONAL|ATTEMPT;TRAFICO_DROGAS|min=8.5; ;,control"; // 17 ok, no final newline

    static final String BAD_JSONL = "\uFEFF{\"id\":\"J1\",\"conduct\":{\"from\":\"2024-07-30\",\"political\":true},"
            + "\"charges\":[{\"offense\":\"TERRORISMO\"}]}\n"                                 // 1 ok, BOM
            + "\n"                                                                          // 2 blank
            + "[1,2,3]\n"                                                                   // 3 not an object
            + "{\"id\":\"J2\",\n"                                                           // 4 invalid JSON
            + "{\"id\":\"J3\",\"conduct\":{\"politcal\":true}}\r\n"                         // 5 unknown field, CRLF
            + "{\"id\":\"J1\"}\n"                                                           // 6 duplicate id
            + "{\"id\":\"J4\",\"conduct\":{\"from\":\"2024-02-30\"}}\n"                     // 7 impossible date
            + "{\"id\":\"J5\"}";                                                            // 8 ok, no final newline

    static RosterReader csv(String text) throws IOException {
        return RosterReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                RosterFormat.CSV, "roster.csv", -1);
    }

    static RosterReader jsonl(String text) throws IOException {
        return RosterReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                RosterFormat.JSONL, "roster.jsonl", -1);
    }

    static List<RosterRow> readAll(RosterReader reader) throws IOException {
        List<RosterRow> rows = new ArrayList<>();
        for (RosterRow r; (r = reader.next()) != null; ) {
            rows.add(r);
        }
        return rows;
    }

    @Test
    void aCsvRosterWithEveryKindOfBadRowKeepsEveryRowAsACaseOrARejectOnItsPhysicalLine() throws IOException {
        try (RosterReader reader = csv(BAD_CSV)) {
            List<RosterRow> rows = readAll(reader);

            assertThat(rows).filteredOn(r -> !r.isReject())
                    .extracting(RosterRow::row, r -> r.caseFile().id())
                    .containsExactly(tuple(2L, "A1"), tuple(9L, "A5"), tuple(17L, "A11"));
            assertThat(rows).filteredOn(RosterRow::isReject)
                    .extracting(r -> r.reject().row(), r -> r.reject().field(), r -> r.reject().id())
                    .containsExactly(
                            tuple(4L, "conduct_from", "A2"),
                            tuple(5L, "conduct_from", "A3"),
                            tuple(6L, "political", "A4"),
                            tuple(7L, "id", ""),
                            tuple(8L, "id", "A1"),
                            tuple(11L, "csv", ""),
                            tuple(12L, "csv", ""),
                            tuple(13L, "csv", ""),
                            tuple(14L, "csv", ""),
                            tuple(15L, "charges", "A10"));
            assertThat(rows).hasSize(13);
            assertThat(reader.blankLines()).isEqualTo(2);
        }
    }

    @Test
    void rejectsSayWhyInSpanishAndEnglishWithoutCopyingTheName() throws IOException {
        try (RosterReader reader = csv(BAD_CSV)) {
            List<Reject> rejects = readAll(reader).stream().filter(RosterRow::isReject).map(RosterRow::reject).toList();

            assertThat(rejects.get(1).en()).contains("2024-02-30").contains("impossible");
            assertThat(rejects.get(2).es()).contains("quizás");
            assertThat(rejects.get(4).en()).contains("duplicate").contains("A1");
            assertThat(rejects.get(7).en()).contains("7 cells").contains("header 6");
            assertThat(rejects.get(9).en()).contains("foo").contains("HOMICIDIO_INTENCIONAL");
            assertThat(rejects).allSatisfy(r -> {
                assertThat(r.es()).isNotBlank();
                assertThat(r.en()).isNotBlank();
                assertThat(r.es() + r.en()).doesNotContain("Mirandiz", "Pedro", "Rosa", "Omar", "Otro", "Luisa", "Ramón", "Carmen");
            });
        }
    }

    @Test
    void csvCellsBecomeTheCaseFactsTheyState() throws IOException {
        try (RosterReader reader = csv(BAD_CSV)) {
            List<CaseFile> cases = readAll(reader).stream().filter(r -> !r.isReject()).map(RosterRow::caseFile).toList();

            CaseFile a1 = cases.get(0);
            assertThat(a1.name()).isEqualTo("Ana Quelbarro");
            assertThat(a1.conduct().from()).isEqualTo(PartialDate.parse("2024-07-30"));
            assertThat(a1.conduct().political()).isTrue();
            assertThat(a1.charges()).extracting(CaseFile.Charge::offense).containsExactly("TERRORISMO", "INCITACION_ODIO");
            assertThat(a1.proceeding().stage()).isEqualTo(CaseFile.Stage.CONTROL);
            assertThat(a1.person()).isNull();

            CaseFile a5 = cases.get(1);
            assertThat(a5.name()).isEqualTo("Ana \"La Flaca\"\nTurpialo");
            assertThat(a5.conduct().from().precision()).isEqualTo(PartialDate.Precision.MONTH);
            assertThat(a5.charges()).isEmpty();

            CaseFile a11 = cases.get(2);
            assertThat(a11.conduct().from().precision()).isEqualTo(PartialDate.Precision.YEAR);
            assertThat(a11.conduct().political()).isFalse();
            assertThat(a11.charges()).containsExactly(
                    new CaseFile.Charge("HOMICIDIO_INTENCIONAL", true, null, null),
                    new CaseFile.Charge("TRAFICO_DROGAS", null, 8.5, null));
            assertThat(a11.proceeding().stage()).isEqualTo(CaseFile.Stage.CONTROL);
        }
    }

    @Test
    void anUnterminatedQuoteAtTheEndOfTheFileIsARejectAtTheLineWhereItsRecordStarts() throws IOException {
        try (RosterReader reader = csv("id,name\nB1,ok\nB2,\"never closed\nstill open\n")) {
            List<RosterRow> rows = readAll(reader);

            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).caseFile().id()).isEqualTo("B1");
            assertThat(rows.get(1).reject()).extracting(Reject::row, Reject::field).containsExactly(3L, "csv");
            assertThat(rows.get(1).reject().en()).contains("unterminated quote");
        }
    }

    @Test
    void oldMacLineEndsCountAsLinesToo() throws IOException {
        try (RosterReader reader = csv("id,political\rA,true\r\rB,\"no\"\r")) {
            List<RosterRow> rows = readAll(reader);
            assertThat(rows).extracting(RosterRow::row, r -> r.caseFile().id()).containsExactly(tuple(2L, "A"), tuple(4L, "B"));
            assertThat(reader.blankLines()).isEqualTo(1);
        }
    }

    @Test
    void emptyCellsAreAbsentAndADashMeansNoCharges() throws IOException {
        try (RosterReader reader = csv("charges,id,conduct_ceased,location\n,C1,,\n-,C2,No,abroad\n")) {
            List<RosterRow> rows = readAll(reader);

            assertThat(rows.get(0).caseFile().charges()).isNull();
            assertThat(rows.get(0).caseFile().conduct()).isNull();
            assertThat(rows.get(1).caseFile().charges()).isEmpty();
            assertThat(rows.get(1).caseFile().conduct().ceased()).isFalse();
            assertThat(rows.get(1).caseFile().person().location()).isEqualTo(CaseFile.Location.ABROAD);
        }
    }

    @Test
    void booleansAreReadInAnyCaseWithOrWithoutAccent() {
        for (String yes : List.of("sí", "SÍ", "Si", "si\u0301", "yes", "TRUE", "1")) {
            assertThat(CsvCaseMapper.parseBoolean(yes)).as(yes).isTrue();
        }
        for (String no : List.of("no", "NO", "false", "False", "0")) {
            assertThat(CsvCaseMapper.parseBoolean(no)).as(no).isFalse();
        }
        for (String neither : List.of("quizás", "2", "y", "n", "verdadero", "sì sì")) {
            assertThat(CsvCaseMapper.parseBoolean(neither)).as(neither).isNull();
        }
    }

    @Test
    void aBarInTheCellItselfLeavesEachLanguageOfTheReasonWhole() throws IOException {
        try (RosterReader reader = csv("id,political,conduct_from,charges\nP1,a|b,,\nP2,,2024|07,\nP3,,,|attempt\n")) {
            List<Reject> rejects = readAll(reader).stream().map(RosterRow::reject).toList();

            assertThat(rejects).extracting(Reject::es).containsExactly(
                    "«a|b» no es sí/no (se admite sí, si, yes, true, 1, no, false, 0)",
                    "«2024|07» no es una fecha AAAA-MM-DD, AAAA-MM o AAAA",
                    "el cargo «|attempt» no dice el delito");
            assertThat(rejects).extracting(Reject::en).containsExactly(
                    "«a|b» is not yes/no (allowed: sí, si, yes, true, 1, no, false, 0)",
                    "«2024|07» is not a date YYYY-MM-DD, YYYY-MM or YYYY",
                    "the charge «|attempt» does not name the offense");
        }
    }

    @Test
    void theValidatorsFieldPathsAreReportedAsCsvColumns() throws IOException {
        String csv = "id,conduct_from,conduct_to,event,request_filed_on,charges\n"
                + "V1,2024-07-30,2024-07-01,,,\n"
                + "V2,2024-07-30,,8-12,,\n"
                + "V3,2024-07-30,,,2026-03,\n"
                + "V4,2024-07-30,,,,X|min=-1\n"
                + "V5,2024-07-30,,NONE,2026-03-02,X|min=4|attempt\n";
        try (RosterReader reader = csv(csv)) {
            List<RosterRow> rows = readAll(reader);

            assertThat(rows).extracting(r -> r.isReject() ? r.reject().field() : "ok")
                    .containsExactly("conduct_to", "event", "request_filed_on", "charges", "ok");
            assertThat(rows.get(4).caseFile().conduct().event()).isEqualTo("none");
        }
    }

    @Test
    void aJsonlRosterWithBadLinesKeepsEveryLineAsACaseOrAReject() throws IOException {
        try (RosterReader reader = jsonl(BAD_JSONL)) {
            List<RosterRow> rows = readAll(reader);

            assertThat(rows).filteredOn(r -> !r.isReject())
                    .extracting(RosterRow::row, r -> r.caseFile().id())
                    .containsExactly(tuple(1L, "J1"), tuple(8L, "J5"));
            assertThat(rows).filteredOn(RosterRow::isReject)
                    .extracting(r -> r.reject().row(), r -> r.reject().field(), r -> r.reject().id())
                    .containsExactly(
                            tuple(3L, "json", ""),
                            tuple(4L, "json", ""),
                            tuple(5L, "conduct.politcal", "J3"),
                            tuple(6L, "id", "J1"),
                            tuple(7L, "conduct.from", "J4"));
            assertThat(reader.blankLines()).isEqualTo(1);
        }
    }

    @Test
    void aHeaderBeyondTheContractIsAnNgoSheetWhoseUnknownColumnsAreListedAndATypoOfAContractColumnIsAFileError() throws IOException {
        try (RosterReader reader = csv("id,nombre,political,Observaciones\nX,Y,true,z\n")) {
            RosterRow row = reader.next();
            assertThat(row.caseFile().name()).isEqualTo("Y");
            assertThat(reader.columns().ignored()).containsOnlyKeys("Observaciones");
        }
        assertThatThrownBy(() -> csv("id,politcal\nX,true\n"))
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.column()).isEqualTo("politcal");
                    assertThat(e.getMessage()).contains("roster.csv").contains("politcal");
                    assertThat(e.message("es")).contains("roster.csv").contains("columna desconocida «politcal»: ¿quiso decir «political»?");
                });
    }

    @Test
    void aDuplicateOrMissingIdColumnOrAnEmptyFileIsAFileError() {
        assertThatThrownBy(() -> csv("id,political,POLITICAL\n"))
                .isInstanceOfSatisfying(RosterFileException.class, e -> assertThat(e.column()).isEqualTo("political"));
        assertThatThrownBy(() -> csv("name,political\nA,true\n"))
                .isInstanceOfSatisfying(RosterFileException.class, e -> assertThat(e.column()).isEqualTo("id"));
        assertThatThrownBy(() -> csv("\n\n"))
                .isInstanceOf(RosterFileException.class).hasMessageContaining("empty");
    }

    @Test
    void headerColumnsMayComeInAnyOrderAndCase() throws IOException {
        try (RosterReader reader = csv(" Political , ID \ntrue,Z1\n")) {
            RosterRow row = reader.next();
            assertThat(row.caseFile().id()).isEqualTo("Z1");
            assertThat(row.caseFile().conduct().political()).isTrue();
        }
    }

    @Test
    void aFileIsOpenedByItsExtensionAndCountsTheBytesItRead(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.CSV");
        Files.writeString(file, "id\nF1\nF2\n");
        try (RosterReader reader = RosterReader.open(file)) {
            assertThat(readAll(reader)).hasSize(2);
            assertThat(reader.totalBytes()).isEqualTo(9);
            assertThat(reader.bytesRead()).isEqualTo(9);
        }
        assertThatThrownBy(() -> RosterReader.open(dir.resolve("r.txt"))).isInstanceOf(RosterFileException.class);
        assertThatThrownBy(() -> RosterReader.open("-", null)).isInstanceOf(RosterFileException.class);
    }

    @Test
    void recordsLongerThanTheBufferAreReadWhole() throws IOException {
        String longName = "x".repeat(3 * RosterReader.BUFFER);
        String quotedLong = "\"" + "y,\"\"".repeat(RosterReader.BUFFER) + "\"";
        try (RosterReader reader = csv("id,name\nL1," + longName + "\nL2," + quotedLong + "\nL3,z")) {
            List<RosterRow> rows = readAll(reader);
            assertThat(rows).extracting(RosterRow::row).containsExactly(2L, 3L, 4L);
            assertThat(rows.get(0).caseFile().name()).hasSize(3 * RosterReader.BUFFER);
            assertThat(rows.get(1).caseFile().name()).isEqualTo("y,\"".repeat(RosterReader.BUFFER));
        }
    }
}
