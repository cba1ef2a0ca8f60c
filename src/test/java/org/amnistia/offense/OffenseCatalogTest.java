package org.amnistia.offense;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.amnistia.offense.Recognition.Status;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffenseCatalogTest {

    private static final OffenseCatalog CATALOG = OffenseCatalog.standard();

    private static Recognition recognise(String text) {
        return CATALOG.recognise(text);
    }

    private static void assertRecognised(Recognition r, String code, boolean attempt) {
        assertThat(r.status()).isEqualTo(Status.RECOGNISED);
        assertThat(r.recognised()).isTrue();
        assertThat(r.offense().code()).isEqualTo(code);
        assertThat(r.attempt()).isEqualTo(attempt);
        assertThat(r.candidateCodes()).isEmpty();
    }

    static Stream<Offense> offenses() {
        return CATALOG.all().stream();
    }

    static Stream<Arguments> aliases() {
        return CATALOG.all().stream()
                .flatMap(o -> o.aliases().stream().map(a -> Arguments.of(a, o.code())));
    }

    /** The 47 codes of the first catalogue: golden cases and rosters use them, so none may go. */
    static final List<String> FIRST_CODES = List.of(
            "TRAICION_PATRIA", "TRAICION_MILITAR", "INTERVENCION_EXTRANJERA", "CONSPIRACION",
            "CONSPIRACION_EXTRANJERA", "REBELION", "REBELION_MILITAR", "INSTIGACION_REBELION",
            "DECORO_MILITAR", "ESPIONAJE", "MERCENARISMO", "ACCION_ARMADA_EXTRANJERA",
            "SOLICITUD_SANCIONES",
            "TERRORISMO", "FINANCIAMIENTO_TERRORISMO", "ASOCIACION", "LEGITIMACION_CAPITALES",
            "TRAFICO_ARMAS", "PORTE_ILICITO_ARMA",
            "INCITACION_ODIO", "INSTIGACION_PUBLICA", "AGAVILLAMIENTO", "RESISTENCIA_AUTORIDAD",
            "OBSTACULIZACION_VIAS", "DANOS", "DANOS_BIENES_PUBLICOS", "INCENDIO", "ULTRAJE",
            "OFENSA_PRESIDENTE", "DIFUSION_INFORMACION_FALSA",
            "HOMICIDIO_INTENCIONAL", "MAGNICIDIO", "HOMICIDIO_CULPOSO", "LESIONES_GRAVISIMAS",
            "LESIONES_GRAVES", "LESIONES_PERSONALES", "SECUESTRO",
            "LESA_HUMANIDAD", "CRIMENES_GUERRA", "VIOLACION_GRAVE_DDHH", "TORTURA",
            "DESAPARICION_FORZADA",
            "TRAFICO_DROGAS", "TRAFICO_DROGAS_MENOR_CUANTIA", "CORRUPCION", "PECULADO",
            "ENRIQUECIMIENTO_ILICITO");

    /** Every code whose category an Art. 9 rule tests, with that category (docs/ley/delitos.md). */
    static final Map<String, OffenseCategory> EXCLUDED_CATEGORIES = Map.ofEntries(
            Map.entry("LESA_HUMANIDAD", OffenseCategory.ART29),
            Map.entry("CRIMENES_GUERRA", OffenseCategory.ART29),
            Map.entry("GENOCIDIO", OffenseCategory.ART29),
            Map.entry("VIOLACION_GRAVE_DDHH", OffenseCategory.ART29),
            Map.entry("TORTURA", OffenseCategory.ART29),
            Map.entry("TRATOS_CRUELES", OffenseCategory.ART29),
            Map.entry("DESAPARICION_FORZADA", OffenseCategory.ART29),
            Map.entry("HOMICIDIO_INTENCIONAL", OffenseCategory.HOMICIDIO),
            Map.entry("MAGNICIDIO", OffenseCategory.HOMICIDIO),
            Map.entry("SICARIATO", OffenseCategory.HOMICIDIO),
            Map.entry("FEMICIDIO", OffenseCategory.HOMICIDIO),
            Map.entry("LESIONES_GRAVISIMAS", OffenseCategory.LESIONES_GRAVISIMAS),
            Map.entry("TRAFICO_DROGAS", OffenseCategory.DROGAS),
            Map.entry("TRAFICO_DROGAS_MENOR_CUANTIA", OffenseCategory.DROGAS),
            Map.entry("CORRUPCION", OffenseCategory.CORRUPCION),
            Map.entry("PECULADO", OffenseCategory.CORRUPCION),
            Map.entry("ENRIQUECIMIENTO_ILICITO", OffenseCategory.CORRUPCION),
            Map.entry("MALVERSACION", OffenseCategory.CORRUPCION),
            Map.entry("CONCUSION", OffenseCategory.CORRUPCION),
            Map.entry("COHECHO", OffenseCategory.CORRUPCION),
            Map.entry("TRAFICO_INFLUENCIAS", OffenseCategory.CORRUPCION),
            Map.entry("CONCIERTO_CONTRATISTA", OffenseCategory.CORRUPCION),
            Map.entry("EVASION_PROCEDIMIENTOS_LICITATORIOS", OffenseCategory.CORRUPCION),
            Map.entry("UTILIDAD_ACTOS_ADMINISTRACION", OffenseCategory.CORRUPCION),
            Map.entry("ABUSO_FUNCIONES", OffenseCategory.CORRUPCION),
            Map.entry("USO_INFORMACION_PRIVILEGIADA", OffenseCategory.CORRUPCION),
            Map.entry("OMISION_DECLARACION_JURADA", OffenseCategory.CORRUPCION),
            Map.entry("SOBREPRECIO", OffenseCategory.CORRUPCION),
            Map.entry("TESTAFERRO", OffenseCategory.CORRUPCION),
            Map.entry("PAGOS_INDEBIDOS", OffenseCategory.CORRUPCION),
            Map.entry("DANOS_BIENES_PUBLICOS", OffenseCategory.BIENES_PUBLICOS),
            Map.entry("INCENDIO_BIENES_PUBLICOS", OffenseCategory.BIENES_PUBLICOS),
            Map.entry("SUSTRACCION_EFECTOS_FANB", OffenseCategory.BIENES_PUBLICOS),
            Map.entry("ACCION_ARMADA_EXTRANJERA", OffenseCategory.ACCION_ARMADA),
            Map.entry("MERCENARISMO", OffenseCategory.ACCION_ARMADA),
            Map.entry("SOLICITUD_SANCIONES", OffenseCategory.SANCIONES),
            Map.entry("INVOCACION_ATAQUES_CIBERNETICOS", OffenseCategory.SANCIONES),
            Map.entry("TRAICION_PATRIA", OffenseCategory.TRAICION_EXTRANJERA),
            Map.entry("TRAICION_MILITAR", OffenseCategory.TRAICION_EXTRANJERA),
            Map.entry("INTERVENCION_EXTRANJERA", OffenseCategory.TRAICION_EXTRANJERA),
            Map.entry("CONSPIRACION_EXTRANJERA", OffenseCategory.TRAICION_EXTRANJERA),
            Map.entry("ESPIONAJE", OffenseCategory.TRAICION_EXTRANJERA),
            Map.entry("FAVORECIMIENTO_ENEMIGO", OffenseCategory.TRAICION_EXTRANJERA),
            Map.entry("ESTORBO_DEFENSA_NACIONAL", OffenseCategory.TRAICION_EXTRANJERA),
            Map.entry("RECURSOS_EXTRANJEROS_CONTRA_LA_REPUBLICA", OffenseCategory.TRAICION_EXTRANJERA),
            Map.entry("REBELION_MILITAR", OffenseCategory.REBELION_MILITAR));

    /** The laws a statute string may name, language-neutral, before its article and grade. */
    private static final Pattern STATUTE = Pattern.compile(
            "^(CP|COJM|LOCDOFT|LDCAM|LECDI|LCC|LOD|LOSSE|LOPNNA|LCSE|LHRVA|LOSDMVLV|LEPST|LOASGC|LOSN|LOPJ"
                    + "|LRCI|LPDPC|LPPRPM|CRBV|Ley contra el Odio|Ley Antibloqueo|s/d)\\b.*\\((H|M|L)\\)$");

    /** English words that must not appear in a Spanish name or a statute string. */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "or", "with", "by", "for", "against",
            "military", "justice", "homicide", "treason", "law", "offence", "offense", "damage", "property",
            "public", "president", "republic", "paragraph", "second", "first", "established", "charged",
            "numbering", "edition", "article", "not", "as", "aggravated", "form");

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).collect(Collectors.toSet());
    }

    @Nested
    class TheCatalogueFile {

        @Test
        void keeps_every_code_of_the_first_catalogue_with_its_category() {
            assertThat(CATALOG.all()).extracting(Offense::code).containsAll(FIRST_CODES);
        }

        @Test
        void covers_the_statutes_with_a_few_hundred_offences() {
            Map<String, Long> byLaw = CATALOG.all().stream()
                    .collect(Collectors.groupingBy(o -> o.statute().split("[ ;]")[0], Collectors.counting()));

            assertThat(CATALOG.all()).hasSizeGreaterThanOrEqualTo(190);
            assertThat(byLaw.get("CP")).isGreaterThanOrEqualTo(80);
            assertThat(byLaw.get("COJM")).isGreaterThanOrEqualTo(20);
            assertThat(byLaw.get("LECDI")).isGreaterThanOrEqualTo(20);
            assertThat(byLaw.get("LCC")).isGreaterThanOrEqualTo(16);
            assertThat(byLaw.get("LOCDOFT")).isGreaterThanOrEqualTo(8);
            assertThat(byLaw.get("LDCAM")).isGreaterThanOrEqualTo(4);
            assertThat(byLaw.get("LOD")).isGreaterThanOrEqualTo(3);
        }

        @Test
        void keeps_the_names_aliases_and_statute_of_a_row() {
            Offense terrorismo = CATALOG.byCode("TERRORISMO").orElseThrow();

            assertThat(terrorismo.name()).isEqualTo("Terrorismo");
            assertThat(terrorismo.nameEn()).isEqualTo("Terrorism");
            assertThat(terrorismo.aliases()).startsWith("terrorismo", "actos terroristas").contains("terrorism");
            assertThat(terrorismo.statute()).isEqualTo("LOCDOFT arts. 4, 52 (H)");
            assertThat(terrorismo.statuteGrade()).isEqualTo("H");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.amnistia.offense.OffenseCatalogTest#offenses")
        void every_statute_names_its_law_language_neutrally_and_ends_with_its_grade(Offense offense) {
            assertThat(offense.statute()).matches(STATUTE);
            assertThat(offense.statuteGrade()).isIn("H", "M", "L");
            assertThat(words(offense.statute())).doesNotContainAnyElementsOf(ENGLISH);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.amnistia.offense.OffenseCatalogTest#offenses")
        void every_code_has_a_spanish_name_without_english_words_and_an_english_name(Offense offense) {
            assertThat(offense.name()).isNotBlank();
            assertThat(words(offense.name())).as(offense.name()).doesNotContainAnyElementsOf(ENGLISH);
            assertThat(offense.nameEn()).isNotBlank().isNotEqualToIgnoringCase(offense.name());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.amnistia.offense.OffenseCatalogTest#offenses")
        void every_spanish_name_is_recognised_as_its_own_code(Offense offense) {
            assertRecognised(recognise(offense.name()), offense.code(), false);
        }

        @Test
        void an_unknown_code_is_not_in_the_catalogue() {
            assertThat(CATALOG.byCode("ABIGEATO")).isEmpty();
            assertThat(CATALOG.byCode("terrorismo")).isEmpty();
        }

        @Test
        void a_name_without_its_english_name_is_rejected() {
            assertThatThrownBy(() -> catalogOf("""
                    {"code": "ALFA", "name": "Alfa", "aliases": ["uno"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null}
                    """)).isInstanceOf(RuntimeException.class).hasMessageContaining("nameEn");
        }
    }

    @Nested
    class Categories {

        @Test
        void each_excluded_code_has_its_category() {
            EXCLUDED_CATEGORIES.forEach((code, category) ->
                    assertThat(CATALOG.byCode(code)).as(code).get().extracting(Offense::category).isEqualTo(category));
        }

        @Test
        void every_other_code_is_OTRO() {
            List<Offense> others = CATALOG.all().stream()
                    .filter(o -> !EXCLUDED_CATEGORIES.containsKey(o.code())).toList();

            assertThat(others).hasSize(CATALOG.all().size() - EXCLUDED_CATEGORIES.size());
            assertThat(others).allSatisfy(o -> assertThat(o.category()).as(o.code()).isEqualTo(OffenseCategory.OTRO));
        }

        @Test
        void every_offence_of_the_anti_corruption_law_is_CORRUPCION() {
            assertThat(CATALOG.all()).filteredOn(o -> o.statute().startsWith("LCC"))
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.category()).as(o.code()).isEqualTo(OffenseCategory.CORRUPCION));
        }

        @ParameterizedTest(name = "{0} is OTRO")
        @ValueSource(strings = {"REBELION", "CONSPIRACION", "DANOS", "HOMICIDIO_CULPOSO", "HOMICIDIO_PRETERINTENCIONAL",
                "LESIONES_GRAVES", "LESIONES_CULPOSAS", "INSTIGACION_REBELION", "ESPIONAJE_INFORMATICO",
                "POSESION_ILICITA_DROGAS", "ATENTADO_INDEPENDENCIA", "USURPACION_FUNCIONES",
                "FORJAMIENTO_DOCUMENTO_PUBLICO", "INSTIGACION_DESOBEDIENCIA_LEYES", "SABOTAJE_ELECTRICO",
                "SABOTAJE_SISTEMAS", "USO_INDEBIDO_ARMA_FUEGO", "APROPIACION_INDEBIDA", "ABUSO_AUTORIDAD"})
        void offences_next_to_an_exclusion_are_not_in_an_excluded_category(String code) {
            assertThat(CATALOG.byCode(code).orElseThrow().category()).isEqualTo(OffenseCategory.OTRO);
        }
    }

    @Nested
    class DefaultMinimumPenalties {

        @Test
        void drug_trafficking_has_a_default_minimum_of_15_years() {
            assertThat(CATALOG.byCode("TRAFICO_DROGAS").orElseThrow().defaultMinPenaltyYears()).isEqualTo(15);
        }

        @Test
        void small_quantity_drug_trafficking_has_a_default_minimum_of_8_years() {
            assertThat(CATALOG.byCode("TRAFICO_DROGAS_MENOR_CUANTIA").orElseThrow().defaultMinPenaltyYears())
                    .isEqualTo(8);
        }

        @Test
        void every_drug_trafficking_code_and_no_other_has_a_default_minimum() {
            assertThat(CATALOG.all()).allSatisfy(o -> assertThat(o.defaultMinPenaltyYears() != null)
                    .as(o.code()).isEqualTo(o.category() == OffenseCategory.DROGAS));
        }

        @Test
        void a_default_minimum_outside_the_drug_codes_is_rejected() {
            assertThatThrownBy(() -> catalogOf("""
                    {"code": "ALFA", "name": "Alfa", "nameEn": "Alpha", "aliases": ["uno"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": 5}
                    """)).isInstanceOf(RuntimeException.class).hasMessageContaining("ALFA");
        }
    }

    @Nested
    class NewFamiliesAsCourtFilesWriteThem {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Usurpación de funciones                                           | USURPACION_FUNCIONES
                Forjamiento de documento público                                  | FORJAMIENTO_DOCUMENTO_PUBLICO
                Instigación a la desobediencia de las leyes                       | INSTIGACION_DESOBEDIENCIA_LEYES
                Sabotaje                                                          | SABOTAJE
                Sabotaje eléctrico                                                | SABOTAJE_ELECTRICO
                Sabotaje o daño a sistemas                                        | SABOTAJE_SISTEMAS
                Uso indebido de arma de fuego                                     | USO_INDEBIDO_ARMA_FUEGO
                Sustracción de efectos pertenecientes a la FANB                   | SUSTRACCION_EFECTOS_FANB
                Obstrucción de la vía pública                                     | OBSTACULIZACION_VIAS
                Alteración del orden público                                      | ALTERACION_ORDEN_PUBLICO
                Uso indebido de uniformes e insignias militares                   | USO_INDEBIDO_UNIFORMES_MILITARES
                Detentación de sustancias incendiarias                            | DETENTACION_EXPLOSIVOS
                Sustracción de armas de fuego bajo custodia                       | SUSTRACCION_ARMAS_CUSTODIA
                Lanzamiento de artefacto explosivo en reunión pública             | INTIMIDACION_PUBLICA_AGRAVADA
                Obstrucción a la justicia                                         | OBSTRUCCION_JUSTICIA
                Concierto para delinquir                                          | ASOCIACION
                Desobediencia militar                                             | DESOBEDIENCIA_MILITAR
                Ataque al centinela                                               | ATAQUE_CENTINELA
                Espionaje informático                                             | ESPIONAJE_INFORMATICO
                Acceso indebido                                                   | ACCESO_INDEBIDO
                Porte ilícito de arma de fuego                                    | PORTE_ILICITO_ARMA
                Posesión ilícita de arma de fuego                                 | POSESION_ILICITA_ARMA
                Simulación de hecho punible                                       | SIMULACION_HECHO_PUNIBLE
                Encubrimiento                                                     | ENCUBRIMIENTO
                Ultraje a funcionario público                                     | ULTRAJE
                Abuso de autoridad                                                | ABUSO_AUTORIDAD
                Tráfico de influencias                                            | TRAFICO_INFLUENCIAS
                Concierto de funcionario público con contratista                  | CONCIERTO_CONTRATISTA
                Posesión ilícita de sustancias estupefacientes                    | POSESION_ILICITA_DROGAS
                Promover medidas coercitivas unilaterales                         | SOLICITUD_SANCIONES
                Invocar ataques cibernéticos                                      | INVOCACION_ATAQUES_CIBERNETICOS
                Robo agravado                                                     | ROBO_AGRAVADO
                Hurto calificado                                                  | HURTO_CALIFICADO
                Apropiación indebida calificada                                   | APROPIACION_INDEBIDA_CALIFICADA
                Incendio de edificios públicos y privados                         | INCENDIO_BIENES_PUBLICOS
                Homicidio preterintencional                                       | HOMICIDIO_PRETERINTENCIONAL
                terrorism                                                         | TERRORISMO
                treason                                                           | TRAICION_PATRIA
                incitement to hatred                                              | INCITACION_ODIO
                """)
        void a_charge_of_each_family_is_recognised_as_its_code(String text, String code) {
            assertRecognised(recognise(text), code, false);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Espionaje informático                      | ESPIONAJE_INFORMATICO
                Corrupción de menores                      | CORRUPCION_MENORES
                Homicidio culposo                          | HOMICIDIO_CULPOSO
                Instigación a la rebelión militar          | INSTIGACION_REBELION
                Conspiración para la rebelión militar      | CONSPIRACION
                Incendio                                   | INCENDIO
                Daños agravados                            | DANOS
                """)
        void a_short_alias_of_an_excluded_code_does_not_capture_a_longer_offence_that_is_not_excluded(String text, String code) {
            assertRecognised(recognise(text), code, false);
            assertThat(CATALOG.byCode(code).orElseThrow().category()).isEqualTo(OffenseCategory.OTRO);
        }
    }

    @Nested
    class ExamplesOfTheSpec {

        @ParameterizedTest(name = "{0} -> {1}, attempt={2}")
        @CsvSource(delimiter = '|', textBlock = """
                Terrorismo (art. 52 LOCDOFT)                                                     | TERRORISMO                   | false
                Homicidio calificado frustrado                                                   | HOMICIDIO_INTENCIONAL        | true
                Magnicidio en grado de tentativa                                                 | MAGNICIDIO                   | true
                Traición a la patria, previsto y sancionado en el artículo 128 del Código Penal  | TRAICION_PATRIA              | false
                Conspiración con gobierno extranjero                                             | CONSPIRACION_EXTRANJERA      | false
                Instigación al odio                                                              | INCITACION_ODIO              | false
                Tráfico ilícito de drogas en la modalidad de menor cuantía                       | TRAFICO_DROGAS_MENOR_CUANTIA | false
                Daños a la propiedad pública                                                     | DANOS_BIENES_PUBLICOS        | false
                TERRORISMO                                                                       | TERRORISMO                   | false
                el delito de Asociación para delinquir                                           | ASOCIACION                   | false
                lesiones gravísimas                                                              | LESIONES_GRAVISIMAS          | false
                lesiones graves                                                                  | LESIONES_GRAVES              | false
                Homicidio culposo                                                                | HOMICIDIO_CULPOSO            | false
                Rebelión militar                                                                 | REBELION_MILITAR             | false
                Instigación a la rebelión militar                                                | INSTIGACION_REBELION         | false
                """)
        void the_example_is_recognised_as_its_code(String text, String code, boolean attempt) {
            assertRecognised(recognise(text), code, attempt);
        }

        @Test
        void homicide_and_drug_trafficking_in_one_charge_is_ambiguous() {
            Recognition r = recognise("homicidio y tráfico de drogas");

            assertThat(r.status()).isEqualTo(Status.AMBIGUOUS);
            assertThat(r.recognised()).isFalse();
            assertThat(r.offense()).isNull();
            assertThat(r.candidateCodes()).containsExactly("HOMICIDIO_INTENCIONAL", "TRAFICO_DROGAS");
        }

        @Test
        void cattle_theft_is_unrecognised() {
            Recognition r = recognise("Abigeato");

            assertThat(r.status()).isEqualTo(Status.UNRECOGNISED);
            assertThat(r.offense()).isNull();
            assertThat(r.candidateCodes()).isEmpty();
        }
    }

    @Nested
    class EveryCodeAndAlias {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.amnistia.offense.OffenseCatalogTest#offenses")
        void every_code_is_recognised_by_its_own_code(Offense offense) {
            assertRecognised(recognise(offense.code()), offense.code(), false);
            assertRecognised(recognise("  " + offense.code() + "\t"), offense.code(), false);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("org.amnistia.offense.OffenseCatalogTest#aliases")
        void every_alias_is_recognised_as_its_code(String alias, String code) {
            assertRecognised(recognise(alias), code, false);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("org.amnistia.offense.OffenseCatalogTest#aliases")
        void every_alias_in_capitals_wrapped_in_neutral_words_and_a_citation_is_recognised_as_its_code(
                String alias, String code) {
            String text = "El delito de " + alias.toUpperCase(Locale.ROOT) + " (LOCDOFT), previsto en el artículo 999.";

            assertRecognised(recognise(text), code, false);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("org.amnistia.offense.OffenseCatalogTest#aliases")
        void every_alias_with_an_attempt_marker_is_recognised_as_an_attempt(String alias, String code) {
            assertRecognised(recognise(alias + " en grado de tentativa"), code, true);
        }

        @Test
        void no_alias_belongs_to_two_codes() {
            Map<String, Long> uses = CATALOG.all().stream().flatMap(o -> o.aliases().stream())
                    .collect(Collectors.groupingBy(a -> a, Collectors.counting()));

            assertThat(uses).allSatisfy((alias, count) -> assertThat(count).as(alias).isEqualTo(1L));
        }
    }

    @Nested
    class AccentsAndCase {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                TRÁFICO ILÍCITO DE DROGAS                  | TRAFICO_DROGAS
                Desaparición Forzada de Personas           | DESAPARICION_FORZADA
                DAÑOS A BIENES PÚBLICOS                    | DANOS_BIENES_PUBLICOS
                traicion a la patria                       | TRAICION_PATRIA
                TrAiCiÓn A lA pAtRiA                       | TRAICION_PATRIA
                Difusión de información falsa              | DIFUSION_INFORMACION_FALSA
                Crímenes de lesa humanidad                 | LESA_HUMANIDAD
                """)
        void accents_and_case_do_not_change_the_code(String text, String code) {
            assertRecognised(recognise(text), code, false);
        }

        @Test
        void decomposed_accents_are_stripped_like_composed_ones() {
            assertRecognised(recognise("lesiones gravi\u0301simas"), "LESIONES_GRAVISIMAS", false);
            assertRecognised(recognise("Dan\u0303os a la propiedad pu\u0301blica"), "DANOS_BIENES_PUBLICOS", false);
        }

        @Test
        void a_code_is_matched_only_when_written_exactly() {
            assertThat(CATALOG.byCode("trafico_drogas")).isEmpty();
            assertRecognised(recognise("TRAFICO_DROGAS"), "TRAFICO_DROGAS", false);
        }
    }

    @Nested
    class LongestMatch {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Conspiración con gobierno extranjero para derrocar al gobierno   | CONSPIRACION_EXTRANJERA
                Conspiración para derrocar al gobierno                           | CONSPIRACION
                Homicidio culposo en accidente de tránsito                       | HOMICIDIO_CULPOSO
                Homicidio intencional calificado con alevosía                    | HOMICIDIO_INTENCIONAL
                Daños a bienes públicos agravados                                | DANOS_BIENES_PUBLICOS
                Daños agravados                                                  | DANOS
                Tráfico de drogas de menor cuantía                               | TRAFICO_DROGAS_MENOR_CUANTIA
                Tráfico ilícito de drogas en la modalidad de distribución        | TRAFICO_DROGAS
                Lesiones personales intencionales gravísimas                     | LESIONES_GRAVISIMAS
                Lesiones personales intencionales leves                          | LESIONES_PERSONALES
                Instigación a la rebelión militar en la FANB                     | INSTIGACION_REBELION
                Financiamiento al terrorismo internacional                       | FINANCIAMIENTO_TERRORISMO
                """)
        void a_nested_alias_gives_way_to_the_longest_one(String text, String code) {
            assertRecognised(recognise(text), code, false);
        }

        @Test
        void the_same_code_named_twice_is_still_one_code() {
            assertRecognised(recognise("Homicidio calificado y homicidio agravado"), "HOMICIDIO_INTENCIONAL", false);
        }
    }

    @Nested
    class Ambiguity {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Terrorismo, asociación para delinquir                  | TERRORISMO            | ASOCIACION
                Terrorismo y financiamiento al terrorismo              | TERRORISMO            | FINANCIAMIENTO_TERRORISMO
                Traición a la patria y conspiración                    | TRAICION_PATRIA       | CONSPIRACION
                Instigación pública al odio                            | INSTIGACION_PUBLICA   | INCITACION_ODIO
                Resistencia a la autoridad y lesiones graves           | RESISTENCIA_AUTORIDAD | LESIONES_GRAVES
                """)
        void two_codes_that_do_not_overlap_make_the_charge_ambiguous(String text, String first, String second) {
            Recognition r = recognise(text);

            assertThat(r.status()).isEqualTo(Status.AMBIGUOUS);
            assertThat(r.offense()).isNull();
            assertThat(r.candidateCodes()).containsExactly(first, second);
        }

        @Test
        void an_ambiguous_charge_still_reports_its_attempt_marker() {
            Recognition r = recognise("Homicidio y lesiones gravísimas en grado de frustración");

            assertThat(r.status()).isEqualTo(Status.AMBIGUOUS);
            assertThat(r.attempt()).isTrue();
        }

        @Test
        void two_codes_tied_for_the_longest_overlapping_match_make_the_charge_ambiguous() {
            OffenseCatalog catalog = catalogOf("""
                    {"code": "ALFA", "name": "Alfa", "nameEn": "Alpha", "aliases": ["uno dos"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null},
                    {"code": "BETA", "name": "Beta", "nameEn": "Beta one", "aliases": ["dos uno"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null}
                    """);

            Recognition r = catalog.recognise("uno dos uno");

            assertThat(r.status()).isEqualTo(Status.AMBIGUOUS);
            assertThat(r.candidateCodes()).containsExactly("ALFA", "BETA");
        }

        @Test
        void an_overlapping_match_that_is_longer_wins_instead_of_tying() {
            OffenseCatalog catalog = catalogOf("""
                    {"code": "ALFA", "name": "Alfa", "nameEn": "Alpha", "aliases": ["uno dos"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null},
                    {"code": "BETA", "name": "Beta", "nameEn": "Beta one", "aliases": ["dos tres cuatro"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null}
                    """);

            assertRecognised(catalog.recognise("uno dos tres cuatro"), "BETA", false);
        }
    }

    @Nested
    class Unrecognised {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Abigeato", "Maltrato animal", "", "   ", "(art. 52 LOCDOFT)",
                "previsto en el artículo 128", "en grado de tentativa", "drogas"})
        void a_text_naming_no_catalogue_alias_is_unrecognised(String text) {
            Recognition r = recognise(text);

            assertThat(r.status()).isEqualTo(Status.UNRECOGNISED);
            assertThat(r.offense()).isNull();
            assertThat(r.candidateCodes()).isEmpty();
        }

        @Test
        void an_alias_is_matched_only_as_whole_words() {
            assertThat(recognise("Odiosidad").status()).isEqualTo(Status.UNRECOGNISED);
            assertThat(recognise("Terroristas").status()).isEqualTo(Status.UNRECOGNISED);
            assertRecognised(recognise("odio"), "INCITACION_ODIO", false);
        }
    }

    @Nested
    class AttemptsCitationsAndNeutralWords {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Homicidio calificado en grado de tentativa",
                "Homicidio calificado en grado de frustración",
                "Homicidio calificado frustrado",
                "Tentativa de homicidio calificado",
                "Intento de homicidio",
                "Homicidio calificado, previsto en el artículo 406 del Código Penal, en grado de frustración",
        })
        void an_attempt_marker_anywhere_marks_the_charge_as_an_attempt(String text) {
            assertRecognised(recognise(text), "HOMICIDIO_INTENCIONAL", true);
        }

        @Test
        void a_feminine_attempt_marker_marks_the_charge_as_an_attempt() {
            assertRecognised(recognise("Desaparición forzada frustrada"), "DESAPARICION_FORZADA", true);
            assertRecognised(recognise("Frustración de magnicidio"), "MAGNICIDIO", true);
        }

        @Test
        void a_charge_without_attempt_marker_is_consummated() {
            assertRecognised(recognise("Homicidio calificado, previsto en el artículo 406"), "HOMICIDIO_INTENCIONAL", false);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Terrorismo [art. 52 LOCDOFT]                                                                         | TERRORISMO
                Terrorismo según la LOCDOFT                                                                          | TERRORISMO
                Terrorismo conforme a la LOCDOFT                                                                     | TERRORISMO
                Terrorismo tipificado en la LOCDOFT                                                                  | TERRORISMO
                Terrorismo, arts. 4 y 52                                                                             | TERRORISMO
                Terrorismo 52 LOCDOFT                                                                                | TERRORISMO
                Terrorismo, artículos 4 y 52 de la Ley Orgánica contra la Delincuencia Organizada                    | TERRORISMO
                Legitimación de capitales, prevista en la Ley contra la Delincuencia Organizada y Financiamiento al Terrorismo | LEGITIMACION_CAPITALES
                Asociación, sancionada en la Ley Orgánica contra el Terrorismo                                       | ASOCIACION
                """)
        void the_statute_citation_is_ignored(String text, String code) {
            assertRecognised(recognise(text), code, false);
        }

        @Test
        void statute_citation_in_parentheses_is_ignored() {
            assertRecognised(recognise("Asociación (Ley contra el Terrorismo)"), "ASOCIACION", false);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Los delitos de lesa humanidad                    | LESA_HUMANIDAD
                Delito de agavillamiento                         | AGAVILLAMIENTO
                Presunto terrorismo                              | TERRORISMO
                Presunta legitimación de capitales               | LEGITIMACION_CAPITALES
                Agavillamiento continuado                        | AGAVILLAMIENTO
                Terrorismo en grado de autor                     | TERRORISMO
                Terrorismo, coautor                              | TERRORISMO
                Tortura, cómplice                                | TORTURA
                Secuestro – cooperador inmediato                 | SECUESTRO
                Peculado doloso propio; determinador             | PECULADO
                Delitos de odio                                  | INCITACION_ODIO
                """)
        void neutral_words_do_not_change_the_code(String text, String code) {
            assertRecognised(recognise(text), code, false);
        }
    }

    @Nested
    class LoadingAndSharing {

        @Test
        void an_alias_given_to_two_codes_is_rejected() {
            assertThatThrownBy(() -> catalogOf("""
                    {"code": "ALFA", "name": "Alfa", "nameEn": "Alpha", "aliases": ["uno"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null},
                    {"code": "BETA", "name": "Beta", "nameEn": "Beta one", "aliases": ["uno"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null}
                    """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uno");
        }

        @Test
        void an_alias_that_is_not_normalised_is_rejected() {
            assertThatThrownBy(() -> catalogOf("""
                    {"code": "ALFA", "name": "Alfa", "nameEn": "Alpha", "aliases": ["Traición"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null}
                    """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Traición");
        }

        @Test
        void a_code_listed_twice_is_rejected() {
            assertThatThrownBy(() -> catalogOf("""
                    {"code": "ALFA", "name": "Alfa", "nameEn": "Alpha", "aliases": ["uno"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null},
                    {"code": "ALFA", "name": "Alfa", "nameEn": "Alpha", "aliases": ["dos"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null}
                    """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ALFA");
        }

        @Test
        void an_unknown_category_is_rejected() {
            assertThatThrownBy(() -> catalogOf("""
                    {"code": "ALFA", "name": "Alfa", "nameEn": "Alpha", "aliases": ["uno"], "statute": "-", "category": "ROBO", "defaultMinPenaltyYears": null}
                    """)).isInstanceOf(RuntimeException.class);
        }

        @Test
        void a_catalogue_with_a_field_it_does_not_know_or_a_source_that_is_not_a_text_is_rejected() {
            String entry = """
                    {"code": "ALFA", "name": "Alfa", "nameEn": "Alpha", "aliases": ["uno"], "statute": "-", "category": "OTRO", "defaultMinPenaltyYears": null}""";
            assertThatThrownBy(() -> OffenseCatalog.load(new ByteArrayInputStream(
                    ("{\"fuente\": \"t\", \"extra\": 1, \"delitos\": [" + entry + "]}").getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extra");
            assertThatThrownBy(() -> OffenseCatalog.load(new ByteArrayInputStream(
                    ("{\"fuente\": {\"a\": 1}, \"delitos\": [" + entry + "]}").getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fuente");
            assertThatThrownBy(() -> catalogOf(entry.replace("\"statute\"", "\"estatuto\"")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delitos[0] (ALFA)")
                    .hasMessageContaining("estatuto");
        }

        @Test
        void a_default_minimum_beyond_a_whole_number_of_years_is_rejected_not_wrapped_round() {
            assertThatThrownBy(() -> catalogOf("""
                    {"code": "ALFA", "name": "Alfa", "nameEn": "Alpha", "aliases": ["uno"], "statute": "-", "category": "DROGAS", "defaultMinPenaltyYears": 10000000000}
                    """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultMinPenaltyYears");
        }

        @Test
        void the_standard_catalogue_is_loaded_once() {
            assertThat(OffenseCatalog.standard()).isSameAs(CATALOG);
        }

        @Test
        void a_repeated_text_gets_the_memoised_recognition() {
            Recognition first = recognise("Homicidio calificado frustrado (memo)");

            assertThat(recognise("Homicidio calificado frustrado (memo)")).isSameAs(first);
        }

        @Test
        void recognitions_from_many_threads_agree_with_a_single_thread() {
            OffenseCatalog fresh = catalogOf(CATALOG.all());
            List<String> texts = aliases().map(a -> "Presunto " + a.get()[0] + " (art. 1), en grado de tentativa").toList();

            List<Recognition> parallel = IntStream.range(0, 20).parallel().boxed()
                    .flatMap(i -> texts.stream()).map(fresh::recognise).toList();

            List<Recognition> sequential = IntStream.range(0, 20).boxed()
                    .flatMap(i -> texts.stream()).map(CATALOG::recognise).toList();
            assertThat(parallel).isEqualTo(sequential);
            assertThat(parallel).allSatisfy(r -> assertThat(r.attempt()).isTrue());
        }
    }

    private static OffenseCatalog catalogOf(String entries) {
        String json = "{\"fuente\": \"test\", \"delitos\": [" + entries + "]}";
        return OffenseCatalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static OffenseCatalog catalogOf(List<Offense> offenses) {
        try {
            return OffenseCatalog.load(new ByteArrayInputStream(
                    JsonMapper.builder().build()
                            .writeValueAsBytes(Map.of("fuente", "test", "delitos", offenses))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
