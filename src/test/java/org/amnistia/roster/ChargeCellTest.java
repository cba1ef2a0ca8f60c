package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.offense.Recognition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A charges cell as NGO files write it: every real wording of a single charge stays one charge
 * (their commas, «y» and citations are part of it), and two charges written in one cell become two.
 */
class ChargeCellTest {

    private static final OffenseCatalog CATALOG = OffenseCatalog.standard();
    private final ChargeCell cell = new ChargeCell(CATALOG);

    /** The texts of cases/reconocimiento-de-delitos/textos-reales.tsv, each a single charge from a real file. */
    static List<String> realWordings() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("cases/reconocimiento-de-delitos/textos-reales.tsv"), StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                texts.add(line.split("\t", -1)[0]);
            }
        }
        return texts;
    }

    private String recognised(String text) {
        Recognition r = CATALOG.recognise(text);
        return r.recognised() ? r.offense().code() : r.status().name();
    }

    @Test
    void everyRealWordingOfOneChargeStaysOneChargeRecognisedAsItsWholeText() throws IOException {
        List<String> texts = realWordings();
        assertThat(texts).hasSizeGreaterThan(150);
        for (String text : texts) {
            List<CaseFile.Charge> charges = cell.charges(text);
            assertThat(charges).as("«%s»", text).hasSize(1);
            assertThat(recognised(charges.get(0).offense())).as("«%s»", text).isEqualTo(recognised(text));
        }
    }

    @Test
    void twoRealWordingsInOneCellBecomeTwoChargesWhateverJoinsThem() throws IOException {
        List<String> simple = realWordings().stream()
                .filter(t -> CATALOG.recognise(t).recognised() && !t.contains(",") && !t.contains("/")
                        && !t.toLowerCase().matches(".*\\b(y|e)\\b.*"))
                .toList();
        assertThat(simple).hasSizeGreaterThan(40);
        int pairs = 0;
        for (int i = 0; i + 1 < simple.size(); i++) {
            String a = simple.get(i);
            String b = simple.get(i + 1);
            if (recognised(a).equals(recognised(b)) || CATALOG.recognise(a + " " + b).recognised()) {
                continue;
            }
            for (String join : List.of(", ", " y ", " / ", " + ")) {
                List<CaseFile.Charge> charges = cell.charges(a + join + b);
                assertThat(charges).as("«%s»", a + join + b).extracting(c -> recognised(c.offense()))
                        .containsExactly(recognised(a), recognised(b));
            }
            pairs++;
        }
        assertThat(pairs).isGreaterThan(30);
    }

    @Test
    void aCommaOrAnYInsideAnOffencesNameOrACitationDoesNotSplitIt() {
        assertThat(cell.charges("tráfico de estupefacientes y sustancias psicotrópicas")).hasSize(1);
        assertThat(cell.charges("daños a edificios públicos y privados")).hasSize(1);
        assertThat(cell.charges("tráfico ilícito de armas y municiones")).hasSize(1);
        assertThat(cell.charges("provecho o distracción de dinero, valores o bienes públicos")).hasSize(1);
        assertThat(cell.charges("homicidio calificado, previsto en los artículos 406 y 407 del Código Penal"))
                .extracting(c -> recognised(c.offense()), CaseFile.Charge::note)
                .containsExactly(tuple("HOMICIDIO_INTENCIONAL", "previsto en los artículos 406 y 407 del Código Penal"));
    }

    @Test
    void aListOfChargesIsSplitAndTheOffenceWhoseNameHoldsAnYStaysWhole() {
        assertThat(cell.charges("Terrorismo, asociación para delinquir y tráfico ilícito de armas y municiones"))
                .extracting(c -> recognised(c.offense()))
                .containsExactly("TERRORISMO", "ASOCIACION", "TRAFICO_ARMAS");
        assertThat(cell.charges("homicidio y tráfico de drogas")).extracting(c -> recognised(c.offense()))
                .containsExactly("HOMICIDIO_INTENCIONAL", recognised("tráfico de drogas"));
        assertThat(cell.charges("Terrorismo/Instigación al odio")).extracting(c -> recognised(c.offense()))
                .containsExactly("TERRORISMO", "INCITACION_ODIO");
    }

    @Test
    void aStatuteBesideAChargeIsItsNoteAndAChargeWrittenAsItsStatuteIsRecognisedByIt() {
        assertThat(cell.charges("Instigación pública, art. 285 CP")).extracting(c -> recognised(c.offense()), CaseFile.Charge::note)
                .containsExactly(tuple("INSTIGACION_PUBLICA", "art. 285 CP"));
        assertThat(cell.charges("Incitación al odio (Ley contra el Odio)")).extracting(c -> recognised(c.offense()), CaseFile.Charge::note)
                .containsExactly(tuple("INCITACION_ODIO", "Ley contra el Odio"));
        assertThat(cell.charges("Ley contra el Odio")).extracting(CaseFile.Charge::offense, CaseFile.Charge::note)
                .containsExactly(tuple("INCITACION_ODIO", "Ley contra el Odio"));
        // art. 285 CP is the statute of two offences: it stays unrecognised, and the verdict asks
        assertThat(cell.charges("art. 285 CP")).extracting(c -> recognised(c.offense())).containsExactly("UNRECOGNISED");
        assertThat(cell.charges("Incitación al odio, Ley contra el Odio y Terrorismo"))
                .extracting(c -> recognised(c.offense()), CaseFile.Charge::note)
                .containsExactly(tuple("INCITACION_ODIO", "Ley contra el Odio"), tuple("TERRORISMO", null));
        assertThat(cell.charges("Terrorismo, Ley contra el Odio, Agavillamiento"))
                .extracting(c -> recognised(c.offense()), CaseFile.Charge::note)
                .containsExactly(tuple("TERRORISMO", "Ley contra el Odio"), tuple("AGAVILLAMIENTO", null));
    }
}
