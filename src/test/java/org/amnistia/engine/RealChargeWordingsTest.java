package org.amnistia.engine;

import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charges as courts and reports write them ({@code cases/reconocimiento-de-delitos/textos-reales.tsv},
 * each line with its source) are recognised, and get the Art. 9 outcome the law gives them under
 * each reading. The conduct is a July 2024 protest (numeral 8.12 under both readings), so the
 * charge alone decides: ELIGIBLE when it is not excluded, NOT_ELIGIBLE when it is.
 */
class RealChargeWordingsTest extends EngineTestSupport {

    private static final Path WORDINGS = Path.of("cases/reconocimiento-de-delitos/textos-reales.tsv");

    static Stream<Arguments> wordings() throws IOException {
        List<String> lines = Files.readAllLines(WORDINGS, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("texto\tnorma\tart9_favorable\tart9_estricta\tfuente");
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1))
                .map(cells -> Arguments.of(cells[0], cells[2], cells[3]));
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @MethodSource("wordings")
    void a_charge_as_a_court_writes_it_gets_the_article_9_outcome_of_the_law(String text, String favourable,
                                                                            String strict) {
        CaseBuilder protest = CaseBuilder.conductOn("2024-07-30").charge(text);

        assertThat(outcome(favourable(protest))).as("favourable reading").isEqualTo(favourable);
        assertThat(outcome(strict(protest))).as("strict reading").isEqualTo(strict);
    }

    private static String outcome(Verdict v) {
        if (v.verdict() == Decision.UNDETERMINED) {
            return "sin reconocer: " + v.missing().get(0).es();
        }
        return v.verdict() == Decision.ELIGIBLE ? "no excluido" : "excluido";
    }
}
