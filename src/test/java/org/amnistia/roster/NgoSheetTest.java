package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.offense.OffenseCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.amnistia.roster.RosterReaderTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A roster as an NGO keeps it: its own column names, its dates and words, its charges in one cell,
 * read with no hand edits, and a column map where the sheet needs one.
 */
class NgoSheetTest {

    static RosterReader sheet(String csv, ColumnMap map) throws IOException {
        return RosterReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), RosterFormat.CSV,
                "lista.csv", -1, new RosterSettings(map, OffenseCatalog.standard(), false));
    }

    @Test
    void theIssuesOwnExportIsReadWithItsSpanishHeadersAndDayFirstDates() throws IOException {
        try (RosterReader reader = sheet("Nombre,Fecha de los hechos,Delitos\n"
                + "Ana Quelbarro,30/07/2024,Incitación al odio\nLuis Mirandiz,3/8/2024,\"Terrorismo, resistencia a la autoridad\"\n",
                ColumnMap.NONE)) {
            List<RosterRow> rows = readAll(reader);

            assertThat(rows).extracting(r -> r.caseFile().id(), r -> r.caseFile().conduct().from().text(),
                    r -> r.caseFile().charges().size())
                    .containsExactly(tuple("fila-2", "2024-07-30", 1), tuple("fila-3", "2024-08-03", 2));
            assertThat(rows.get(0).caseFile().name()).isEqualTo("Ana Quelbarro");
            assertThat(reader.columns().sheet()).isTrue();
            assertThat(reader.columns().idsFromRows()).isTrue();
        }
    }

    @Test
    void theUsualNamesOfEveryFieldAreUnderstoodWithoutAccentsCaseOrSpacing() throws IOException {
        String header = "N°,NOMBRES Y APELLIDOS,fecha de la conducta,Hasta,Cesó,Motivación Política,Vínculo,Delitos imputados,"
                + "En el exterior,¿Privado/a de libertad?,Militar,Menor de edad,Etapa del proceso,A derecho,"
                + "Fecha de la solicitud,Solicitante,Evaluar al";
        String row = "7,Rosa Tamanaco,01/07/2024,15/07/2024,sí,X,numeral 12,Incitación al odio,No,Detenida,Civil,no,"
                + "Fase intermedia,S,02/03/2026,Defensa,12/03/2026";
        try (RosterReader reader = sheet(header + "\n" + row + "\n", ColumnMap.NONE)) {
            CaseFile c = reader.next().caseFile();

            assertThat(reader.columns().ignored()).isEmpty();
            assertThat(c.id()).isEqualTo("7");
            assertThat(c.conduct().from().text()).isEqualTo("2024-07-01");
            assertThat(c.conduct().to().text()).isEqualTo("2024-07-15");
            assertThat(c.conduct().ceased()).isTrue();
            assertThat(c.conduct().political()).isTrue();
            assertThat(c.conduct().event()).isEqualTo("8.12");
            assertThat(c.person().location()).isEqualTo(CaseFile.Location.VENEZUELA);
            assertThat(c.person().detained()).isTrue();
            assertThat(c.person().military()).isFalse();
            assertThat(c.person().minor()).isFalse();
            assertThat(c.proceeding().stage()).isEqualTo(CaseFile.Stage.CONTROL);
            assertThat(c.proceeding().aDerecho()).isTrue();
            assertThat(c.request().filedOn().text()).isEqualTo("2026-03-02");
            assertThat(c.request().by()).isEqualTo(CaseFile.RequestBy.DEFENSE);
            assertThat(c.asOf().text()).isEqualTo("2026-03-12");
        }
    }

    @Test
    void anUnknownColumnIsIgnoredAndListedAndADetentionDateIsNeverTakenForTheConducts() throws IOException {
        try (RosterReader reader = sheet("Nombre,Fecha de detención,Teléfono,Delitos\nAna,02/08/2024,0414,Terrorismo\n",
                ColumnMap.NONE)) {
            CaseFile c = reader.next().caseFile();

            assertThat(c.conduct()).isNull();
            assertThat(reader.columns().ignored()).containsOnlyKeys("Fecha de detención", "Teléfono");
            assertThat(reader.columns().ignored().get("Fecha de detención")).contains("no la de la conducta (Arts. 1 y 7)");
            assertThat(reader.columns().conductDateColumn()).isNull();
        }
    }

    @Test
    void aMapThatTakesTheDetentionDateForTheConductsIsSaidOnEveryVerdict(@TempDir Path dir) throws IOException {
        Path map = dir.resolve("mapa.yaml");
        Files.writeString(map, "columnas:\n  \"Fecha de detención\": conduct_from\n  Teléfono: ignorar\n");
        try (RosterReader reader = sheet("Nombre,Fecha de detención,Teléfono,Delitos\nAna,02/08/2024,0414,Terrorismo\n",
                ColumnMapFile.read(map))) {
            CaseFile c = reader.next().caseFile();

            assertThat(c.conduct().from().text()).isEqualTo("2024-08-02");
            assertThat(reader.columns().conductDateColumn()).isEqualTo("Fecha de detención");
            ConductDateNote note = ConductDateNote.of(reader.columns());
            var verdict = note.noted(FakeChunkEvaluator.verdictFor("fila-2"));
            assertThat(verdict.findings().get(0).article()).isEqualTo("1");
            assertThat(verdict.findings().get(0).es()).contains("«Fecha de detención»", "fecha de detención", "Arts. 1 y 7");
            assertThat(verdict.articlesExamined()).startsWith("1");
        }
    }

    @Test
    void aColumnMapNamesFieldsWordsAndTheDateOrderAndMayShareItsFileWithTheChargeNames(@TempDir Path dir) throws IOException {
        Path map = dir.resolve("ong.yaml");
        Files.writeString(map, """
                columnas:
                  "Fecha de los sucesos": conduct_from
                  "Situación": detained
                  "Notas": ignorar
                valores:
                  detained:
                    "Casa por cárcel": sí
                    "Presentación": no
                  military:
                    "": no
                fechas: mdy
                cargos:
                  "Cierre de calle": OBSTACULIZACION_VIAS
                """);
        ColumnMap columns = ColumnMapFile.read(map);
        try (RosterReader reader = sheet("Caso,Fecha de los sucesos,Situación,Militar,Notas\n"
                + "A,07/30/2024,Casa por cárcel,,x\nB,12/31/2024,Presentación,X,y\n", columns)) {
            List<RosterRow> rows = readAll(reader);

            assertThat(rows).extracting(r -> r.caseFile().conduct().from().text(), r -> r.caseFile().person().detained(),
                    r -> r.caseFile().person().military())
                    .containsExactly(tuple("2024-07-30", true, false), tuple("2024-12-31", false, true));
            assertThat(reader.columns().ignored()).containsOnlyKeys("Notas");
        }
        // the same file, as --aliases: the column map's sections are left to --columns
        OffenseCatalog catalog = org.amnistia.offense.AliasFile.apply(OffenseCatalog.standard(), map);
        assertThat(catalog.recognise("Cierre de calle").offense().code()).isEqualTo("OBSTACULIZACION_VIAS");
        assertThat(org.amnistia.offense.AliasFile.COLUMN_MAP_SECTIONS)
                .containsExactlyInAnyOrder(ColumnMapFile.COLUMNS, ColumnMapFile.VALUES, ColumnMapFile.DATES, ColumnMapFile.SHEET);
    }

    @Test
    void aBadColumnMapNamesTheFileAndTheLine(@TempDir Path dir) throws IOException {
        Path map = dir.resolve("mapa.yaml");
        Files.writeString(map, "columnas:\n  Nombre: name\n  Fecha: fecha_hechos\n");
        assertThatThrownBy(() -> ColumnMapFile.read(map)).isInstanceOfSatisfying(ColumnMapException.class,
                e -> assertThat(e.message("es")).contains("mapa.yaml:3", "campo desconocido «fecha_hechos»"));
        Files.writeString(map, "valores:\n  detained:\n    Preso: quizás\n");
        assertThatThrownBy(() -> ColumnMapFile.read(map)).isInstanceOfSatisfying(ColumnMapException.class,
                e -> assertThat(e.message("en")).contains("mapa.yaml:3", "«quizás» is not a value of detained (allowed: sí, no)"));
        Files.writeString(map, "columnas:\n  A: conduct_from\n  B: conduct_from\n");
        assertThatThrownBy(() -> ColumnMapFile.read(map)).hasMessageContaining("both say conduct_from");
        Files.writeString(map, "fechas: al revés\n");
        assertThatThrownBy(() -> ColumnMapFile.read(map)).hasMessageContaining("unknown order");
    }

    @Test
    void aSheetThatCannotBeReadWithoutAMapIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> sheet("Nombre,Fecha de los hechos,Fecha de la conducta\nA,2024,2024\n", ColumnMap.NONE))
                .isInstanceOfSatisfying(RosterFileException.class, e -> assertThat(e.es())
                        .contains("«Fecha de los hechos» y «Fecha de la conducta» se leen ambas como conduct_from"));
        assertThatThrownBy(() -> sheet("Nombre,conduct_form\nA,2024\n", ColumnMap.NONE))
                .isInstanceOfSatisfying(RosterFileException.class, e -> assertThat(e.es()).contains("¿quiso decir «conduct_from»?"));
        assertThatThrownBy(() -> sheet("Nombre,Fecha\nA,2024\n", ColumnMap.NONE))
                .isInstanceOfSatisfying(RosterFileException.class, e -> assertThat(e.es()).contains("no dice qué fecha es"));
    }

    @Test
    void aBadCellIsARejectNamingTheSheetsOwnColumnAndTheOtherRowsAreRead() throws IOException {
        try (RosterReader reader = sheet("N°,Fecha de los hechos,Detenido\n1,31/02/2024,X\n2,30/07/2024,quizás\n3,30/07/2024,No\n1,2024,Sí\n",
                ColumnMap.NONE)) {
            List<RosterRow> rows = readAll(reader);

            assertThat(rows).filteredOn(RosterRow::isReject).extracting(r -> r.reject().row(), r -> r.reject().field())
                    .containsExactly(tuple(2L, "Fecha de los hechos"), tuple(3L, "Detenido"), tuple(5L, "N°"));
            assertThat(rows).filteredOn(r -> !r.isReject()).extracting(r -> r.caseFile().id()).containsExactly("3");
        }
    }

    @Test
    void theContractsOwnColumnsKeepTheContractsDates() throws IOException {
        try (RosterReader reader = sheet("id,conduct_from\nA,30/07/2024\n", ColumnMap.NONE)) {
            RosterRow row = reader.next();
            assertThat(row.reject().field()).isEqualTo("conduct_from");
            assertThat(reader.columns().sheet()).isFalse();
        }
        try (RosterReader reader = sheet("id,conduct_from\nA,30/07/2024\n", ColumnMap.NONE.withOrder(DateOrder.DAY_MONTH_YEAR))) {
            assertThat(reader.next().caseFile().conduct().from().text()).isEqualTo("2024-07-30");
        }
    }
}
