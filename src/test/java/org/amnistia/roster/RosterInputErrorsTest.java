package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.amnistia.roster.RosterReaderTest.csv;
import static org.amnistia.roster.RosterReaderTest.jsonl;
import static org.amnistia.roster.RosterReaderTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A bad roster row tells the NGO how to fix it, as a single case would: the column and what is
 * wrong for a JSONL line that is not JSON, the key and both columns for a key written twice, the
 * ISO date for a date in another order, and Spanish names for the values are accepted.
 */
class RosterInputErrorsTest {

    private static final String JSONL = ""
            + "{\"id\":\"J1\",\"conduct\":{\"from\":\"2024-07-30\",\"political\":true},\"charges\":[]}\n"       // 1 ok
            + "{\"id\":\"J2\",\"name\":\"Ana Quelbarro\" \"conduct\":{}}\n"                                  // 2 missing comma
            + "{\"id\":\"J3\",\"conduct\":{\"from\":\"2024-07-30\",\"political\":true},\"charges\":[],"
            + "\"conduct\":{\"from\":\"2026-03-01\"}}\n"                                                      // 3 conduct twice
            + "{\"id\":\"J4\",\"conduct\":{\"from\":\"2024-07-30\"},\"proceeding\":{\"stage\":\"juicio\"}}\n" // 4 ok, Spanish stage
            + "\n"                                                                                           // 5 blank
            + "{\"id\":\"J5\",\"conduct\":{\"from\":\"30/07/2024\"}}\n"                                      // 6 day-first date
            + "{\"id\":\"J6\",\"conduct\":{\"detenido\":true}}\n"                                            // 7 unknown field
            + "{\"id\":\"J7\",\"name\":\"Luis Mirandiz\",\"id\":\"J8\"}\n";                                 // 8 id twice

    @Test
    void everyLineIsACaseOrARejectAndTheLinesAfterABadOneAreStillRead() throws IOException {
        try (RosterReader reader = jsonl(JSONL)) {
            List<RosterRow> rows = readAll(reader);

            assertThat(rows).filteredOn(r -> !r.isReject()).extracting(RosterRow::row, r -> r.caseFile().id())
                    .containsExactly(tuple(1L, "J1"), tuple(4L, "J4"));
            assertThat(rows).filteredOn(RosterRow::isReject)
                    .extracting(r -> r.reject().row(), r -> r.reject().id(), r -> r.reject().field())
                    .containsExactly(
                            tuple(2L, "", "json"),
                            tuple(3L, "J3", "conduct"),
                            tuple(6L, "J5", "conduct.from"),
                            tuple(7L, "J6", "conduct.detenido"),
                            tuple(8L, "", "id"));
            assertThat(rows.get(3).caseFile().proceeding().stage()).isEqualTo(CaseFile.Stage.TRIAL);
        }
    }

    @Test
    void aLineThatIsNotJsonGetsTheColumnAndWhatIsWrongButNeverItsContent() throws IOException {
        try (RosterReader reader = jsonl(JSONL)) {
            Reject r = readAll(reader).get(1).reject();

            assertThat(r.es()).isEqualTo("la línea no es JSON válido (columna 35): falta una coma «,» entre dos campos");
            assertThat(r.en()).isEqualTo("the line is not valid JSON (column 35): a comma «,» is missing between two fields");
            assertThat(r.es() + r.en()).doesNotContain("Ana", "Quelbarro", "Unexpected");
        }
    }

    @Test
    void aKeyWrittenTwiceIsARejectNamingTheKeyAndBothColumns() throws IOException {
        try (RosterReader reader = jsonl(JSONL)) {
            List<RosterRow> rows = readAll(reader);
            Reject conduct = rows.get(2).reject();
            Reject id = rows.get(6).reject();

            assertThat(conduct.es()).isEqualTo("la clave «conduct» está repetida (columnas 12 y 74): JSON no dice cuál vale "
                    + "(un programa toma la primera, otro la última) y el veredicto podría cambiar; deje una sola");
            assertThat(conduct.en()).isEqualTo("the key «conduct» is written twice (columns 12 and 74): JSON does not say "
                    + "which one holds (one program takes the first, another the last) and the verdict could change; keep only one");
            assertThat(id.es()).startsWith("la clave «id» está repetida (columnas 2 y 35)");
            assertThat(id.es() + id.en()).doesNotContain("Mirandiz");
        }
    }

    @Test
    void aCaseErrorOnALineSaysHowToFixIt() throws IOException {
        try (RosterReader reader = jsonl(JSONL)) {
            List<RosterRow> rows = readAll(reader);

            assertThat(rows.get(4).reject().es()).isEqualTo(
                    "«30/07/2024» no es una fecha AAAA-MM-DD, AAAA-MM o AAAA: ¿quiso decir 2024-07-30? (leída como día/mes/año)");
            assertThat(rows.get(5).reject().es()).isEqualTo(
                    "campo desconocido «conduct.detenido»: ¿quiso decir «person.detained»? (va dentro de «person»)");
            assertThat(rows.get(5).reject().en()).isEqualTo(
                    "unknown field «conduct.detenido»: did you mean «person.detained»? (it goes inside «person»)");
        }
    }

    @Test
    void csvCellsTakeTheSpanishNamesOfTheValues() throws IOException {
        String roster = "id,stage,location,request_by\n"
                + "S1,juicio,exterior,ministerio público\n"
                + "S2,Investigación,Venezuela,Defensa\n"
                + "S3,sin proceso,EXTRANJERO,apoderado\n"
                + "S4,ejecucion,venezuela,attorney_abroad\n";
        try (RosterReader reader = csv(roster)) {
            List<CaseFile> cases = readAll(reader).stream().map(RosterRow::caseFile).toList();

            assertThat(cases).extracting(c -> c.proceeding().stage(), c -> c.person().location(), c -> c.request().by())
                    .containsExactly(
                            tuple(CaseFile.Stage.TRIAL, CaseFile.Location.ABROAD, CaseFile.RequestBy.PROSECUTOR),
                            tuple(CaseFile.Stage.INVESTIGATION, CaseFile.Location.VENEZUELA, CaseFile.RequestBy.DEFENSE),
                            tuple(CaseFile.Stage.NONE, CaseFile.Location.ABROAD, CaseFile.RequestBy.ATTORNEY_ABROAD),
                            tuple(CaseFile.Stage.EXECUTION, CaseFile.Location.VENEZUELA, CaseFile.RequestBy.ATTORNEY_ABROAD));
        }
    }

    @Test
    void aCsvValueNotAcceptedListsTheAcceptedOnesAndTheClosest() throws IOException {
        try (RosterReader reader = csv("id,stage,conduct_from\nV1,apelacoin,\nV2,,30/07/2024\n")) {
            List<Reject> rejects = readAll(reader).stream().map(RosterRow::reject).toList();

            assertThat(rejects).extracting(Reject::row, Reject::id, Reject::field)
                    .containsExactly(tuple(2L, "V1", "stage"), tuple(3L, "V2", "conduct_from"));
            assertThat(rejects.get(0).es()).isEqualTo("valor «apelacoin» no admitido (se admite: NONE, INVESTIGATION, CONTROL, "
                    + "TRIAL, APPEAL, EXECUTION; en español: ninguno, investigación, control, juicio, apelación, ejecución): "
                    + "¿quiso decir «apelación» (APPEAL)?");
            assertThat(rejects.get(0).en()).endsWith("did you mean «apelación» (APPEAL)?");
            assertThat(rejects.get(1).es()).endsWith("¿quiso decir 2024-07-30? (leída como día/mes/año)");
            assertThat(rejects.get(1).en()).endsWith("did you mean 2024-07-30? (read as day/month/year)");
        }
    }
}
