package org.amnistia.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code amnistia check} and {@code batch} on a case file a lawyer got wrong: exit code 2 for a single
 * case, with a message that says where and how to fix it, in the language of {@code --lang}; a roster
 * keeps going and puts the bad line in the rejects.
 */
class CheckInputErrorsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** Runs {@code check FILE ARGS…}; its exit code, its stderr in {@code err[0]} and stdout in {@code out[0]}. */
    private int check(Path file, String[] err, String[] out, String... args) {
        CommandLineRun cli = new CommandLineRun();
        String[] all = new String[args.length + 2];
        all[0] = "check";
        all[1] = file.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = cli.run(all);
        err[0] = cli.err.toString();
        out[0] = cli.out.toString();
        return code;
    }

    @Test
    void a_json_syntax_error_gives_line_column_and_what_to_fix_in_either_language() throws IOException {
        Path file = write("caso.json", """
                {
                  "id": "x"
                  "conduct": {"from": "2024-07-30", "political": true}
                }
                """);
        String[] err = new String[1];
        String[] out = new String[1];

        assertThat(check(file, err, out)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err[0]).contains(file + ": JSON mal formado en la línea 3, columna 3: falta una coma «,» entre dos campos (al final de la línea 2)");
        assertThat(err[0]).doesNotContain("Unexpected", "Exception", "jackson");

        assertThat(check(file, err, out, "--lang", "en")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err[0]).contains(file + ": malformed JSON at line 3, column 3: a comma «,» is missing between two fields (at the end of line 2)");
    }

    @Test
    void an_empty_case_file_says_it_is_empty() throws IOException {
        Path file = write("vacio.json", "\n  \n");
        String[] err = new String[1];
        String[] out = new String[1];

        assertThat(check(file, err, out)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err[0]).contains(file + ": el archivo está vacío: se espera un caso en JSON")
                .doesNotContain("la línea no es un objeto JSON");
        assertThat(check(file, err, out, "--lang", "en")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err[0]).contains(file + ": the file is empty: a case in JSON is expected");
    }

    @Test
    void a_day_first_date_is_refused_with_the_iso_date_it_meant() throws IOException {
        Path file = write("caso.json", "{\"id\": \"x\", \"conduct\": {\"from\": \"30/07/2024\", \"political\": true}}");
        String[] err = new String[1];
        String[] out = new String[1];

        assertThat(check(file, err, out)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err[0]).contains(file + ": conduct.from: «30/07/2024» no es una fecha AAAA-MM-DD, AAAA-MM o AAAA: "
                + "¿quiso decir 2024-07-30? (leída como día/mes/año)");
        assertThat(check(file, err, out, "--lang", "en")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err[0]).contains("conduct.from: «30/07/2024» is not a date YYYY-MM-DD, YYYY-MM or YYYY: did you mean 2024-07-30?");
    }

    @Test
    void a_field_in_the_wrong_object_and_in_spanish_names_the_one_meant() throws IOException {
        Path file = write("caso.json", """
                {
                  "id": "x",
                  "conduct": {"from": "2024-07-30", "detenido": true}
                }
                """);
        String[] err = new String[1];
        String[] out = new String[1];

        assertThat(check(file, err, out)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err[0]).contains(file + ": línea 3: campo desconocido «conduct.detenido»: "
                + "¿quiso decir «person.detained»? (va dentro de «person»)");
        assertThat(check(file, err, out, "--lang", "en")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err[0]).contains("line 3: unknown field «conduct.detenido»: did you mean «person.detained»? (it goes inside «person»)");
    }

    @Test
    void a_stage_written_in_spanish_is_that_stage_and_gives_the_same_verdict() throws IOException {
        String template = """
                {"id": "x", "conduct": {"from": "2024-07-30", "political": true, "ceased": true},
                 "charges": [{"offense": "Terrorismo (art. 52 LOCDOFT)"}],
                 "person": {"location": "%s", "detained": true},
                 "proceeding": {"stage": "%s"}, "asOf": "2026-03-02"}""";
        Path spanish = write("juicio.json", template.formatted("venezuela", "juicio"));
        Path english = write("trial.json", template.formatted("VENEZUELA", "TRIAL"));
        String[] err = new String[1];
        String[] outSpanish = new String[1];
        String[] outEnglish = new String[1];

        assertThat(check(spanish, err, outSpanish, "--json")).as(err[0]).isZero();
        assertThat(check(english, err, outEnglish, "--json")).as(err[0]).isZero();
        assertThat(outSpanish[0]).contains("\"verdict\" : \"ELIGIBLE\"").isEqualTo(outEnglish[0]);
        assertThat(check(spanish, err, outSpanish)).isZero();
        assertThat(check(english, err, outEnglish)).isZero();
        assertThat(outSpanish[0]).isEqualTo(outEnglish[0]);
    }

    @Test
    void a_case_with_conduct_written_twice_is_refused_instead_of_taking_the_last() throws IOException {
        Path file = write("caso.json", """
                {
                  "id": "x",
                  "conduct": {"from": "2024-07-30", "political": true, "ceased": true},
                  "charges": [{"offense": "Terrorismo (art. 52 LOCDOFT)"}],
                  "conduct": {"from": "2026-03-01", "political": true, "ceased": true}
                }
                """);
        String[] err = new String[1];
        String[] out = new String[1];

        assertThat(check(file, err, out)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out[0]).isEmpty();
        assertThat(err[0]).contains(file + ": la clave «conduct» está repetida (líneas 3 y 5): JSON no dice cuál vale "
                + "(un programa toma la primera, otro la última) y el veredicto podría cambiar; deje una sola");
        assertThat(check(file, err, out, "--lang", "en")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err[0]).contains(file + ": the key «conduct» is written twice (lines 3 and 5)");
    }

    @Test
    void a_roster_line_with_a_key_twice_is_a_reject_and_the_other_lines_are_evaluated() throws IOException {
        Path roster = write("nomina.jsonl", """
                {"id":"A1","conduct":{"from":"2024-07-30","political":true,"ceased":true},"charges":[]}
                {"id":"A2","conduct":{"from":"2024-07-30","political":true,"ceased":true},"charges":[],"conduct":{"from":"2026-03-01"}}
                {"id":"A3","conduct":{"from":"2024-07-30","political":true,"ceased":true},"charges":[],"proceeding":{"stage":"control"}}
                {"id":"A4" "conduct":{}}
                """);
        Path verdicts = dir.resolve("v.jsonl");
        Path rejects = dir.resolve("r.csv");
        CommandLineRun cli = new CommandLineRun();

        assertThat(cli.run("batch", roster.toString(), "-o", verdicts.toString(), "--rejects", rejects.toString(),
                "--threads", "1")).as(cli.err.toString()).isZero();

        List<String> v = Files.readAllLines(verdicts);
        assertThat(v).hasSize(2);
        assertThat(v.get(0)).contains("\"caseId\":\"A1\"", "\"verdict\":\"ELIGIBLE\"");
        assertThat(v.get(1)).contains("\"caseId\":\"A3\"", "\"verdict\":\"ELIGIBLE\"");
        List<String> r = Files.readAllLines(rejects);
        assertThat(r).containsExactly("row,id,field,reason_es,reason_en",
                "2,A2,conduct,\"la clave «conduct» está repetida (columnas 12 y 88): JSON no dice cuál vale (un programa toma "
                        + "la primera, otro la última) y el veredicto podría cambiar; deje una sola\",\"the key «conduct» is written "
                        + "twice (columns 12 and 88): JSON does not say which one holds (one program takes the first, another "
                        + "the last) and the verdict could change; keep only one\"",
                "4,,json,\"la línea no es JSON válido (columna 12): falta una coma «,» entre dos campos\","
                        + "\"the line is not valid JSON (column 12): a comma «,» is missing between two fields\"");
    }
}
