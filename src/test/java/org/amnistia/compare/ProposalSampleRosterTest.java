package org.amnistia.compare;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.cli.CommandLineRun;
import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.law.EncodedLaw;
import org.amnistia.law.LawVersions;
import org.amnistia.law.NumeralWindows;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.offense.OffenseCategory;
import org.amnistia.roster.RosterGenerator;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cases/nominas/muestra-propuestas.csv}: fictional people generated group by group, each
 * isolating one numeral ({@code --solo-numeral}) or one exclusion ({@code --solo-cargo}), so that
 * every shipped proposal changes someone's verdict on it (cases/nominas/README.md gives the recipe).
 */
class ProposalSampleRosterTest {

    static final Path SAMPLE = Path.of("cases/nominas/muestra-propuestas.csv");

    static final List<String> NUMERALS = List.of("8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8", "8.9", "8.10",
            "8.11", "8.12", "8.13");
    static final List<String> EXCLUSIONS = List.of("DESAPARICION_FORZADA", "HOMICIDIO_INTENCIONAL", "LESIONES_GRAVISIMAS",
            "TRAFICO_DROGAS", "PECULADO", "DANOS_BIENES_PUBLICOS", "MERCENARISMO", "SOLICITUD_SANCIONES", "TRAICION_PATRIA",
            "REBELION_MILITAR");

    @TempDir
    static Path dir;
    static List<CaseFile> cases = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (RosterReader reader = RosterReader.open(SAMPLE)) {
            for (RosterRow r; (r = reader.next()) != null; ) {
                assertThat(r.reject()).as("row %d", r.row()).isNull();
                cases.add(r.caseFile());
            }
        }
    }

    /** The recipe of cases/nominas/README.md: one {@code generate} per group, seeds 101, 102, … */
    static List<List<String>> recipe() {
        List<List<String>> groups = new ArrayList<>();
        NUMERALS.forEach(n -> groups.add(List.of("--rows", "4", "--solo-numeral", n, "--id-prefix", "N" + n)));
        groups.add(List.of("--rows", "4", "--law", "abril-2002-ampliado", "--solo-numeral", "8.1", "--id-prefix", "P8.1"));
        groups.add(List.of("--rows", "4", "--law", "odio-redes-sociales", "--solo-numeral", "8.14", "--solo-cargo",
                "INCITACION_ODIO", "--id-prefix", "P8.14"));
        EXCLUSIONS.forEach(c -> groups.add(List.of("--rows", "4", "--solo-numeral", "8.10", "--solo-cargo", c,
                "--id-prefix", "X." + c)));
        groups.add(List.of("--rows", "20"));
        return groups;
    }

    @Test
    void the_sample_is_what_its_recipe_generates() throws IOException {
        StringBuilder expected = new StringBuilder(RosterGenerator.HEADER).append('\n');
        int seed = 100;
        for (List<String> group : recipe()) {
            Path part = dir.resolve("grupo.csv");
            String[] args = Stream.concat(Stream.of("generate", "--seed", Integer.toString(++seed), "-o", part.toString()),
                    group.stream()).toArray(String[]::new);
            assertThat(new CommandLineRun().run(args)).as(Arrays.toString(args)).isZero();
            List<String> lines = Files.readAllLines(part);
            lines.subList(1, lines.size()).forEach(l -> expected.append(l).append('\n'));
        }
        assertThat(Files.readString(SAMPLE)).isEqualTo(expected.toString());
    }

    @Test
    void someone_has_conduct_in_each_numeral_and_someone_each_exclusion_alone() {
        EncodedLaw ley = LawProbe.describe(Engine.load());
        for (NumeralWindows n : ley.numerals()) {
            List<RosterGenerator.DateWindow> windows = RosterGenerator.anchorsOf(ley, n.numeral());
            assertThat(cases).as("conduct inside " + n.numeral()).anyMatch(c -> inside(c, windows));
        }
        EncodedLaw odio = LawProbe.describe(Engine.load("odio-redes-sociales"));
        assertThat(cases).as("conduct inside 8.14").anyMatch(c -> inside(c, RosterGenerator.anchorsOf(odio, "8.14")));
        for (OffenseCategory category : OffenseCategory.values()) {
            if (category != OffenseCategory.OTRO) {
                assertThat(cases).as("a charge of " + category + " alone").anyMatch(c -> c.charges() != null
                        && c.charges().size() == 1 && OffenseCatalog.standard().recognise(c.charges().get(0).offense())
                        .offense().category() == category);
            }
        }
    }

    @Test
    void every_shipped_proposal_changes_at_least_one_verdict_on_it() throws IOException {
        for (String version : LawVersions.SHIPPED) {
            if (version.equals(LawVersions.DEFAULT)) {
                continue;
            }
            Path summary = dir.resolve(version + ".json");
            assertThat(new CommandLineRun().run("compare", SAMPLE.toString(), "--law", LawVersions.DEFAULT, "--law",
                    version, "--reading", "favourable", "--reading", "strict", "-o", dir.resolve(version + ".csv").toString(),
                    "--summary", summary.toString())).isZero();
            JsonNode byReading = CaseJson.mapper().readTree(Files.readString(summary)).get("by_reading");
            long changed = 0;
            for (JsonNode s : List.of(byReading.get("favourable"), byReading.get("strict"))) {
                changed += s.get("gains").asLong() + s.get("loses").asLong() + s.get("changes").asLong();
            }
            assertThat(changed).as(version).isPositive();
            assertThat(Files.readAllLines(dir.resolve(version + ".csv"))).as(version).hasSize((int) changed + 1);
        }
    }

    private static boolean inside(CaseFile c, List<RosterGenerator.DateWindow> windows) {
        var from = c.conductOrEmpty().from();
        if (from == null || !from.dayPrecise()) {
            return false;
        }
        LocalDate day = from.first();
        return windows.stream().anyMatch(w -> !day.isBefore(w.from()) && !day.isAfter(w.to()));
    }
}
