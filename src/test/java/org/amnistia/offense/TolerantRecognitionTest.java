package org.amnistia.offense;

import org.amnistia.offense.Recognition.Status;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ways charge sheets vary do not defeat recognition (docs/ley/delitos.md): number, gender,
 * articles and prepositions, citations, participation degrees, abbreviations and the courts'
 * synonyms. What still names no code stays unrecognised, with the closest codes as suggestions.
 */
class TolerantRecognitionTest {

    private static final OffenseCatalog CATALOG = OffenseCatalog.standard();

    /** The ways one name is written in real files, each a function of the catalogue's name. */
    private static final List<UnaryOperator<String>> VARIATIONS = List.of(
            name -> name.toUpperCase(Locale.ROOT),
            name -> "El delito de " + name,
            name -> name + ", previsto y sancionado en el artículo 286 del Código Penal",
            name -> name + " (art. 52 LOCDOFT)",
            name -> name + " en grado de coautor",
            name -> "presunto " + name.toLowerCase(Locale.ROOT),
            name -> name.replace(" de ", " de la "),
            name -> name.replace(" del ", " de "),
            name -> name.replace(" a la ", " a "),
            TolerantRecognitionTest::plural);

    static Stream<Offense> offenses() {
        return CATALOG.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offenses")
    void every_name_of_the_catalogue_recognises_its_own_code(Offense offense) {
        Recognition r = CATALOG.recognise(offense.name());
        assertThat(r.status()).as(offense.name()).isEqualTo(Status.RECOGNISED);
        assertThat(r.offense().code()).as(offense.name()).isEqualTo(offense.code());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offenses")
    void a_name_written_with_each_variation_of_a_charge_sheet_is_still_its_code(Offense offense) {
        List<String> missed = new ArrayList<>();
        for (UnaryOperator<String> variation : VARIATIONS) {
            String text = variation.apply(offense.name());
            Recognition r = CATALOG.recognise(text);
            if (!r.recognised() || !r.offense().code().equals(offense.code())) {
                missed.add(text + " → " + r.status() + (r.recognised() ? " " + r.offense().code() : ""));
            }
        }
        assertThat(missed).isEmpty();
    }

    /** Every word in the plural, as a list of several people's charges writes it. */
    private static String plural(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            boolean isWord = word.length() > 3 && Character.isLetter(word.charAt(word.length() - 1));
            char last = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
            String plural = !isWord || last == 's' ? word : "aeiouáéíóú".indexOf(last) >= 0 ? word + "s" : word + "es";
            out.append(out.length() == 0 ? "" : " ").append(plural);
        }
        return out.toString();
    }

    @Nested
    class CanonicalWords {

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', textBlock = """
                daños a la propiedad pública       | daño de propiedades públicas
                lesiones graves                    | lesión grave
                resistencia a la autoridad         | resistencias a las autoridades
                asociación para delinquir          | asoc. para delinquir
                obstrucción de la vía pública      | obstaculización de vías públicas
                cierre de vías                     | obstaculización de la vía
                perturbación del orden público     | alteración del orden público
                traición a la patria               | TRAICIÓN A LA PATRIA
                """)
        void two_ways_of_writing_one_offence_have_the_same_canonical_words(String one, String other) {
            assertThat(canonical(one)).isEqualTo(canonical(other));
        }

        @ParameterizedTest(name = "{0} ≠ {1}")
        @CsvSource(delimiter = '|', textBlock = """
                homicidio intencional    | homicidio culposo
                lesiones gravísimas      | lesiones graves
                daños a bienes públicos  | daños
                instigación pública      | incitación al odio
                rebelión militar         | rebelión
                """)
        void offences_the_law_treats_apart_keep_apart(String one, String other) {
            assertThat(canonical(one)).isNotEqualTo(canonical(other));
        }

        private List<String> canonical(String text) {
            return ChargeWords.canonical(ChargeText.of(text).words());
        }
    }

    @Nested
    class SynonymsCourtsUse {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Obstrucción de la vía pública                    | OBSTACULIZACION_VIAS
                obstaculización de vías de circulación           | OBSTACULIZACION_VIAS
                Cierre de vías                                   | OBSTACULIZACION_VIAS
                Asoc. para delinquir                             | ASOCIACION
                Resistencias a la autoridad                      | RESISTENCIA_AUTORIDAD
                Daño a la propiedad pública                      | DANOS_BIENES_PUBLICOS
                Traiciones a la patria                           | TRAICION_PATRIA
                """)
        void a_synonym_or_a_variant_names_the_same_code(String text, String code) {
            Recognition r = CATALOG.recognise(text);
            assertThat(r.status()).isEqualTo(Status.RECOGNISED);
            assertThat(r.offense().code()).isEqualTo(code);
        }
    }

    @Nested
    class TheFilesOwnCitation {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                REBELIÓN, previsto en el artículo 476 ordinal 1° y sancionado en el artículo 487                  | REBELION_MILITAR
                Rebelión, previsto y sancionado en el artículo 143 del Código Penal                               | REBELION
                Rebelión, previsto en el artículo 144 del Código Penal                                            | REBELION
                delito militar de REBELIÓN, previsto en el artículo 476 del Código Orgánico de Justicia Militar   | REBELION_MILITAR
                Traición a la patria (Código Orgánico de Justicia Militar)                                        | TRAICION_MILITAR
                """)
        void the_article_or_code_the_file_cites_tells_apart_two_offences_of_one_name(String text, String code) {
            Recognition r = CATALOG.recognise(text);
            assertThat(r.status()).isEqualTo(Status.RECOGNISED);
            assertThat(r.offense().code()).isEqualTo(code);
        }

        @Test
        void articles_are_read_from_a_statute_string_with_its_ranges() {
            assertThat(StatuteArticles.of("COJM art. 476; arts. 477–479 (H)")).containsExactly(476, 477, 478, 479);
            assertThat(StatuteArticles.of("CP arts. 473 y 474 (M)")).containsExactly(473, 474);
            assertThat(StatuteArticles.of("Ley contra la Corrupción, G.O. 6.155 (M)")).isEmpty();
        }
    }

    @Nested
    class NeverAGuess {

        @Test
        void a_typo_is_not_recognised_but_the_closest_codes_are_suggested() {
            Recognition r = CATALOG.recognise("Obstaculisación de la vía públca");

            assertThat(r.status()).isEqualTo(Status.UNRECOGNISED);
            assertThat(r.offense()).isNull();
            assertThat(r.closest()).extracting(Offense::code).first().isEqualTo("OBSTACULIZACION_VIAS");
        }

        @Test
        void a_text_like_nothing_in_the_catalogue_has_no_suggestion() {
            Recognition r = CATALOG.recognise("Xqzw jjkk");

            assertThat(r.status()).isEqualTo(Status.UNRECOGNISED);
            assertThat(r.closest()).isEmpty();
        }

        @Test
        void suggestions_are_few() {
            assertThat(CATALOG.recognise("Homicidiio").closest()).hasSizeLessThanOrEqualTo(ClosestOffenses.LIMIT);
        }

        @Test
        void a_recognised_or_ambiguous_text_carries_no_suggestion() {
            assertThat(CATALOG.recognise("Terrorismo").closest()).isEmpty();
            assertThat(CATALOG.recognise("homicidio y tráfico de drogas").closest()).isEmpty();
        }

        @Test
        void two_codes_that_differ_under_article_9_keep_the_charge_ambiguous_in_any_form() {
            Recognition r = CATALOG.recognise("Homicidios y lesiones gravísimas");

            assertThat(r.status()).isEqualTo(Status.AMBIGUOUS);
        }
    }
}
