package org.amnistia.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a lawyer reads when a case file is wrong: where, what, and how to fix it, in Spanish and
 * English, never Jackson's own words nor the file's content.
 */
class CaseInputErrorsTest {

    private static InvalidCaseException refused(String json) {
        try {
            CaseJson.parse(json);
        } catch (InvalidCaseException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    private static void assertNoJacksonText(InvalidCaseException e) {
        assertThat(e.es() + e.en()).doesNotContain("Unexpected", "expecting", "Exception", "jackson", "Source:", "code ");
    }

    // JSON syntax

    @Test
    void a_missing_comma_gives_line_and_column_and_says_which_comma() {
        InvalidCaseException e = refused("""
                {
                  "id": "x"
                  "conduct": {"from": "2024-07-30"}
                }""");
        assertThat(e.field()).isEmpty();
        assertThat(e.es()).isEqualTo("JSON mal formado en la línea 3, columna 3: falta una coma «,» entre dos campos (al final de la línea 2)");
        assertThat(e.en()).isEqualTo("malformed JSON at line 3, column 3: a comma «,» is missing between two fields (at the end of line 2)");
        assertNoJacksonText(e);
    }

    @Test
    void an_unclosed_object_says_where_it_was_opened_and_what_closes_it() {
        InvalidCaseException e = refused("""
                {"id": "x",
                 "conduct": {"from": "2024-07-30\"""");
        assertThat(e.es()).isEqualTo("JSON mal formado en la línea 2, columna 34: el texto se acaba sin cerrar el «{» "
                + "abierto en la línea 2, columna 13: faltan «}}» al final");
        assertThat(e.en()).isEqualTo("malformed JSON at line 2, column 34: the text ends without closing the «{» "
                + "opened at line 2, column 13: «}}» is missing at the end");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"id\": \"x\",}                       | sobra la coma antes de «}»: después del último campo no va coma | an extra comma before «}»",
            "{'id': 'x'}                            | van entre comillas dobles \"…\", no simples '…'                  | double quotes \"…\", not single quotes",
            "{\"id\": Ana}                          | falta abrir comillas: un texto va entre comillas dobles       | an opening quote is missing",
            "{\"id\" \"x\"}                         | falta «:» entre el nombre del campo y su valor                | «:» is missing between the field name and its value",
            "{\"id\": [\"x\"}                       | se cierra con «}» lo que se abrió con «[» en la línea 1, columna 8 | «}» closes what was opened with «[» at line 1, column 8",
            "{\"id\": \"x\", \"person\": {\"detained\": True}} | true, false y null se escriben en minúsculas          | written in lower case",
            "{\"id\": \"x\", \"person\": {\"detained\": si}}   | un sí o un no se escribe true o false                 | a yes or a no is written true or false",
            "{\"id\": \"x\", \"conduct\": {\"from\": 30/07/2024}} | una fecha va entre comillas, como \"2024-07-30\"   | a date goes in quotes",
            "{\u201cid\u201d: \"x\"}                | comillas tipográficas                                         | typographic quotes",
            "// caso\\n{\"id\": \"x\"}              | JSON no admite comentarios                                    | JSON allows no comments",
            "{\"id\": \"x\"}\\n{\"id\": \"y\"}      | un archivo .json tiene un solo caso                          | a .json file holds exactly one case",
            "{\"id\": \"C:\\casos\"}               | una barra invertida «\\» dentro de un texto se escribe doble  | a backslash",
    })
    void a_syntax_error_is_explained_in_plain_words(String json, String es, String en) {
        InvalidCaseException e = refused(json.replace("\\n", "\n"));
        assertThat(e.es()).startsWith("JSON mal formado en la línea ").contains(es.trim());
        assertThat(e.en()).startsWith("malformed JSON at line ").contains(en.trim());
        assertNoJacksonText(e);
    }

    @Test
    void a_syntax_error_never_quotes_the_content_it_could_not_read() {
        InvalidCaseException e = refused("{\"id\": \"x\", \"name\": Ana Quelbarro}");
        assertThat(e.es() + e.en()).doesNotContain("Ana", "Quelbarro");
    }

    @Test
    void a_roster_line_tells_the_column_only_with_the_same_explanation() {
        assertThatThrownBy(() -> CaseJson.readLine("{\"id\": \"x\" \"conduct\": {}}"))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.field()).isEmpty();
                    assertThat(e.es()).isEqualTo("la línea no es JSON válido (columna 12): falta una coma «,» entre dos campos");
                    assertThat(e.en()).isEqualTo("the line is not valid JSON (column 12): a comma «,» is missing between two fields");
                });
    }

    // Empty file, not an object

    @Test
    void an_empty_or_blank_file_says_so() {
        for (String blank : new String[] {"", "  \n\t\n", "\uFEFF"}) {
            InvalidCaseException e = refused(blank);
            assertThat(e.field()).isEmpty();
            assertThat(e.es()).startsWith("el archivo está vacío: se espera un caso en JSON");
            assertThat(e.en()).startsWith("the file is empty: a case in JSON is expected");
        }
    }

    @Test
    void a_list_of_cases_points_to_a_jsonl_roster() {
        InvalidCaseException e = refused("[{\"id\": \"a\"}, {\"id\": \"b\"}]");
        assertThat(e.es()).isEqualTo("el caso debe ser un objeto JSON entre llaves { … }, y el archivo tiene una lista [ … ]; "
                + "para varios casos use una nómina JSONL, un caso por línea (amnistia batch)");
        assertThat(e.en()).startsWith("the case must be a JSON object in braces { … }, and the file holds a list [ … ]");
    }

    @Test
    void a_file_saved_with_a_byte_order_mark_is_read() {
        assertThat(CaseJson.parse("\uFEFF{\"id\": \"x\"}").id()).isEqualTo("x");
    }

    // A key written twice

    @Test
    void a_key_written_twice_is_refused_naming_it_and_both_lines() {
        InvalidCaseException e = refused("""
                {
                  "id": "x",
                  "conduct": {"from": "2024-07-30", "political": true, "ceased": true},
                  "charges": [],
                  "conduct": {"from": "2026-03-01", "political": true}
                }""");
        assertThat(e.field()).isEqualTo("conduct");
        assertThat(e.es()).isEqualTo("la clave «conduct» está repetida (líneas 3 y 5): JSON no dice cuál vale "
                + "(un programa toma la primera, otro la última) y el veredicto podría cambiar; deje una sola");
        assertThat(e.en()).isEqualTo("the key «conduct» is written twice (lines 3 and 5): JSON does not say which one holds "
                + "(one program takes the first, another the last) and the verdict could change; keep only one");
    }

    @Test
    void a_key_written_twice_inside_a_charge_names_its_path() {
        InvalidCaseException e = refused("{\"id\": \"x\", \"charges\": [{\"offense\": \"A\"}, {\"offense\": \"B\", \"offense\": \"C\"}]}");
        assertThat(e.field()).isEqualTo("charges[1].offense");
        assertThat(e.es()).startsWith("la clave «charges[1].offense» está repetida (línea 1, columnas 44 y 60)");
        assertThatThrownBy(() -> CaseJson.readLine("{\"id\": \"x\", \"id\": \"y\"}"))
                .isInstanceOfSatisfying(InvalidCaseException.class,
                        l -> assertThat(l.es()).startsWith("la clave «id» está repetida (columnas 2 y 13)"));
    }

    @Test
    void the_same_name_in_two_different_objects_is_no_repetition() {
        CaseFile c = CaseJson.parse("{\"id\": \"x\", \"charges\": [{\"offense\": \"A\"}, {\"offense\": \"B\"}]}");
        assertThat(c.charges()).hasSize(2);
    }

    // Unknown fields

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "conduct.detenido, person.detained, ' (va dentro de «person»)'",
            "conduct.detained, person.detained, ' (va dentro de «person»)'",
            "conduct.form, conduct.from, ''",
            "conduct.politcal, conduct.political, ''",
            "conduct.desde, conduct.from, ''",
            "conduct.hasta, conduct.to, ''",
            "conduct.cesó, conduct.ceased, ''",
            "político, conduct.political, ' (va dentro de «conduct»)'",
            "militar, person.military, ' (va dentro de «person»)'",
            "person.menor, person.minor, ''",
            "ubicación, person.location, ' (va dentro de «person»)'",
            "exterior, person.location, ' (va dentro de «person»)'",
            "fase, proceeding.stage, ' (va dentro de «proceeding»)'",
            "proceeding.etapa, proceeding.stage, ''",
            "proceeding.a_derecho, proceeding.aDerecho, ''",
            "cargos, charges, ''",
            "delitos, charges, ''",
            "solicitud, request, ''",
            "as_of, asOf, ''",
            "Conduct, conduct, ''",
            "person.charges, charges, ' (va en el primer nivel del caso)'",
    })
    void an_unknown_field_names_the_one_it_most_likely_meant(String written, String meant, String move) {
        int dot = written.indexOf('.');
        String json = dot < 0 ? "{\"id\": \"x\", \"" + written + "\": null}"
                : "{\"id\": \"x\", \"" + written.substring(0, dot) + "\": {\"" + written.substring(dot + 1) + "\": null}}";
        InvalidCaseException e = refused(json);
        assertThat(e.field()).isEqualTo(written);
        assertThat(e.es()).isEqualTo("campo desconocido «" + written + "»: ¿quiso decir «" + meant + "»?" + move);
        assertThat(e.en()).startsWith("unknown field «" + written + "»: did you mean «" + meant + "»?");
    }

    @Test
    void a_spanish_word_inside_a_charge_keeps_the_charge_index() {
        InvalidCaseException e = refused("{\"id\": \"x\", \"charges\": [{\"offense\": \"A\"}, {\"delito\": \"B\"}]}");
        assertThat(e.field()).isEqualTo("charges[1].delito");
        assertThat(e.es()).isEqualTo("campo desconocido «charges[1].delito»: ¿quiso decir «charges[1].offense»?");
        assertThat(e.en()).isEqualTo("unknown field «charges[1].delito»: did you mean «charges[1].offense»?");
    }

    @Test
    void an_unknown_field_like_nothing_known_lists_what_its_object_takes() {
        InvalidCaseException e = refused("{\"id\": \"x\", \"conduct\": {\"xyzzy\": 1}}");
        assertThat(e.es()).isEqualTo("campo desconocido «conduct.xyzzy» (conduct admite: from, to, ceased, political, event, assemblyMandate)");
        assertThat(e.en()).isEqualTo("unknown field «conduct.xyzzy» (conduct takes: from, to, ceased, political, event, assemblyMandate)");
    }

    @Test
    void an_error_on_a_field_of_a_file_of_several_lines_starts_with_its_line() {
        InvalidCaseException e = refused("""
                {
                  "id": "x",
                  "conduct": {
                    "detenido": true
                  }
                }""");
        assertThat(e.field()).isEqualTo("conduct.detenido");
        assertThat(e.es()).isEqualTo("línea 4: campo desconocido «conduct.detenido»: ¿quiso decir «person.detained»? (va dentro de «person»)");
        assertThat(e.en()).isEqualTo("line 4: unknown field «conduct.detenido»: did you mean «person.detained»? (it goes inside «person»)");
    }

    // Dates

    @Test
    void a_day_first_date_is_refused_with_the_iso_date_it_meant() {
        InvalidCaseException e = refused("{\"id\": \"x\", \"conduct\": {\"from\": \"30/07/2024\"}}");
        assertThat(e.field()).isEqualTo("conduct.from");
        assertThat(e.es()).isEqualTo("«30/07/2024» no es una fecha AAAA-MM-DD, AAAA-MM o AAAA: ¿quiso decir 2024-07-30? (leída como día/mes/año)");
        assertThat(e.en()).isEqualTo("«30/07/2024» is not a date YYYY-MM-DD, YYYY-MM or YYYY: did you mean 2024-07-30? (read as day/month/year)");
    }

    // Values

    @Test
    void a_string_where_a_boolean_belongs_says_to_drop_the_quotes() {
        InvalidCaseException e = refused("{\"id\": \"x\", \"person\": {\"detained\": \"sí\"}}");
        assertThat(e.field()).isEqualTo("person.detained");
        assertThat(e.es()).isEqualTo("se esperaba true o false, sin comillas (un sí se escribe true; un no, false)");
        assertThat(e.en()).isEqualTo("expected true or false, without quotes (a yes is written true; a no, false)");
    }

    @Test
    void a_charge_written_as_a_bare_string_shows_the_object_it_should_be() {
        InvalidCaseException e = refused("{\"id\": \"x\", \"charges\": [\"TERRORISMO\"]}");
        assertThat(e.field()).isEqualTo("charges[0]");
        assertThat(e.es()).isEqualTo("cada cargo es un objeto como {\"offense\": \"TERRORISMO\"}, no un texto suelto");
    }

    @Test
    void spanish_values_are_read_as_their_constants_in_any_case_and_with_or_without_accents() {
        CaseFile c = CaseJson.parse("""
                {"id": "x", "person": {"location": "Exterior"}, "proceeding": {"stage": "juicio"},
                 "request": {"by": "Ministerio Publico"}}""");
        assertThat(c.proceeding().stage()).isEqualTo(CaseFile.Stage.TRIAL);
        assertThat(c.person().location()).isEqualTo(CaseFile.Location.ABROAD);
        assertThat(c.request().by()).isEqualTo(CaseFile.RequestBy.PROSECUTOR);
        assertThat(CaseJson.parse("{\"id\": \"x\", \"proceeding\": {\"stage\": \"INVESTIGACIÓN\"}}").proceeding().stage())
                .isEqualTo(CaseFile.Stage.INVESTIGATION);
        assertThat(CaseJson.parse("{\"id\": \"x\", \"proceeding\": {\"stage\": \"trial\"}}").proceeding().stage())
                .isEqualTo(CaseFile.Stage.TRIAL);
    }

    @Test
    void a_spanish_value_means_exactly_its_constant() {
        CaseFile spanish = CaseJson.parse("{\"id\": \"x\", \"proceeding\": {\"stage\": \"juicio\"}, \"person\": {\"location\": \"exterior\"}}");
        CaseFile english = CaseJson.parse("{\"id\": \"x\", \"proceeding\": {\"stage\": \"TRIAL\"}, \"person\": {\"location\": \"ABROAD\"}}");
        assertThat(spanish).isEqualTo(english);
    }

    @Test
    void an_unknown_value_lists_the_accepted_ones_and_the_closest() {
        InvalidCaseException e = refused("{\"id\": \"x\", \"proceeding\": {\"stage\": \"juicoi\"}}");
        assertThat(e.field()).isEqualTo("proceeding.stage");
        assertThat(e.es()).isEqualTo("valor «juicoi» no admitido (se admite: NONE, INVESTIGATION, CONTROL, TRIAL, APPEAL, EXECUTION; "
                + "en español: ninguno, investigación, control, juicio, apelación, ejecución): ¿quiso decir «juicio» (TRIAL)?");
        assertThat(e.en()).isEqualTo("value «juicoi» not allowed (allowed: NONE, INVESTIGATION, CONTROL, TRIAL, APPEAL, EXECUTION; "
                + "in Spanish: ninguno, investigación, control, juicio, apelación, ejecución): did you mean «juicio» (TRIAL)?");
        InvalidCaseException far = refused("{\"id\": \"x\", \"request\": {\"by\": \"abogado\"}}");
        assertThat(far.es()).endsWith("en español: persona, fiscal, defensa, familiar, apoderado)");
    }

    @Test
    void a_number_for_a_value_is_refused_rather_than_read_as_a_position_in_the_list() {
        InvalidCaseException e = refused("{\"id\": \"x\", \"proceeding\": {\"stage\": 3}}");
        assertThat(e.field()).isEqualTo("proceeding.stage");
        assertThat(e.es()).startsWith("se esperaba un texto entre comillas (se admite: NONE, INVESTIGATION");
    }

    @Test
    void the_case_as_parsed_for_a_roster_line_is_the_same_object_check_reads() throws Exception {
        JsonNode node = CaseJson.readLine("{\"id\": \"x\", \"proceeding\": {\"stage\": \"control\"}}");
        assertThat(CaseJson.fromTree(node).proceeding().stage()).isEqualTo(CaseFile.Stage.CONTROL);
    }
}
