package org.amnistia.engine;

import org.amnistia.verdict.Decision;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Art. 9: the excluded offenses, and the military-rebellion carve-out of numeral 8.10. */
class Art09ExclusionsTest extends EngineTestSupport {

    private static CaseBuilder july2024(String offense) {
        return CaseBuilder.conductOn("2024-07-30").charge("TERRORISMO").charge(offense);
    }

    @ParameterizedTest(name = "{0} excludes under both readings")
    @ValueSource(strings = {"LESA_HUMANIDAD", "TORTURA", "HOMICIDIO_INTENCIONAL", "MAGNICIDIO", "LESIONES_GRAVISIMAS",
            "TRAFICO_DROGAS", "PECULADO", "CORRUPCION", "ACCION_ARMADA_EXTRANJERA", "MERCENARISMO"})
    void one_excluded_charge_excludes_the_person(String offense) {
        for (Verdict v : new Verdict[]{favourable(july2024(offense)), strict(july2024(offense))}) {
            assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
            assertThat(v.articles()).containsExactly("9");
            assertThat(v.findings()).anySatisfy(f -> {
                assertThat(f.outcome()).isEqualTo(FindingOutcome.EXCLUDES);
                assertThat(f.es()).contains(offense);
            });
        }
    }

    @ParameterizedTest(name = "{0} is not excluded")
    @ValueSource(strings = {"LESIONES_GRAVES", "HOMICIDIO_CULPOSO", "REBELION", "CONSPIRACION", "ASOCIACION",
            "INCITACION_ODIO", "DANOS", "SECUESTRO"})
    void offenses_the_law_does_not_list_are_amnestied_with_the_event(String offense) {
        assertThat(strict(july2024(offense)).verdict()).isEqualTo(Decision.ELIGIBLE);
    }

    @Nested
    class ReadingsOfTheExclusions {

        @Test
        void attempted_homicide_is_excluded_only_under_the_strict_reading_d08() {
            CaseBuilder c = CaseBuilder.conductOn("2024-07-30").attempt("HOMICIDIO_INTENCIONAL");
            assertThat(favourable(c).verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(strict(c).verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
            assertThat(favourable(c).doubts()).containsExactly("D08");
        }

        @Test
        void drug_trafficking_with_a_minimum_of_exactly_nine_years_is_not_excluded_favourably_d09() {
            CaseBuilder nine = CaseBuilder.conductOn("2024-07-30").charge("TRAFICO_DROGAS", 9);
            CaseBuilder ten = CaseBuilder.conductOn("2024-07-30").charge("TRAFICO_DROGAS", 10);
            assertThat(favourable(nine).verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(favourable(ten).verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
            assertThat(strict(nine).verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        }

        @Test
        void small_quantity_trafficking_uses_the_catalogue_minimum_of_eight_years() {
            CaseBuilder c = july2024("TRAFICO_DROGAS_MENOR_CUANTIA");
            assertThat(favourable(c).verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(strict(c).verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        }

        @Test
        void damage_to_public_property_is_excluded_only_under_the_strict_reading_d10() {
            assertThat(favourable(july2024("DANOS_BIENES_PUBLICOS")).verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(strict(july2024("DANOS_BIENES_PUBLICOS")).verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        }

        @Test
        void treason_and_sanctions_fall_under_the_armed_action_clause_only_strictly_d11() {
            for (String offense : new String[]{"TRAICION_PATRIA", "SOLICITUD_SANCIONES", "CONSPIRACION_EXTRANJERA"}) {
                assertThat(favourable(july2024(offense)).verdict()).as(offense).isEqualTo(Decision.ELIGIBLE);
                assertThat(strict(july2024(offense)).verdict()).as(offense).isEqualTo(Decision.NOT_ELIGIBLE);
            }
        }
    }

    @Nested
    class MilitaryRebellionCarveOut {

        @Test
        void military_rebellion_in_january_to_april_2019_is_excluded_citing_8_10() {
            Verdict v = favourable(CaseBuilder.conductOn("2019-04-30").charge("REBELION_MILITAR"));
            assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
            assertThat(v.articles()).containsExactly("8.10");
        }

        @Test
        void military_rebellion_claimed_under_8_8_in_april_2019_cannot_escape_the_carve_out() {
            Verdict v = favourable(CaseBuilder.conductOn("2019-03-01").event("8.8").charge("REBELION_MILITAR"));
            assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        }

        @Test
        void military_rebellion_in_2017_is_excluded_only_under_the_strict_reading_citing_9() {
            CaseBuilder c = CaseBuilder.conductOn("2017-08-06").charge("REBELION_MILITAR");
            assertThat(favourable(c).verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(favourable(c).doubts()).containsExactly("D07");
            assertThat(strict(c).articles()).containsExactly("9");
        }
    }

    @Nested
    class ChargesThatCannotBeChecked {

        @Test
        void an_unrecognised_charge_is_never_silently_not_excluded() {
            Verdict v = favourable(CaseBuilder.conductOn("2024-07-30").charge("Abigeato"));
            assertThat(v.verdict()).isEqualTo(Decision.UNDETERMINED);
            assertThat(v.missing()).extracting(Verdict.Missing::fact).containsExactly("charges[0].offense");
            assertThat(v.missing().get(0).es()).contains("Abigeato");
        }

        @Test
        void a_charge_naming_two_offenses_must_be_split() {
            Verdict v = favourable(CaseBuilder.conductOn("2024-07-30").charge("homicidio y tráfico de drogas"));
            assertThat(v.verdict()).isEqualTo(Decision.UNDETERMINED);
            assertThat(v.findings()).anySatisfy(f -> assertThat(f.es()).contains("varios delitos"));
        }

        @Test
        void an_excluded_charge_decides_even_when_another_charge_is_unrecognised() {
            Verdict v = favourable(CaseBuilder.conductOn("2024-07-30").charge("Abigeato").charge("PECULADO"));
            assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
            assertThat(v.missing()).isEmpty();
        }

        @Test
        void unknown_charges_leave_the_case_undetermined() {
            Verdict v = favourable(CaseBuilder.conductOn("2024-07-30").chargesUnknown());
            assertThat(v.missing()).extracting(Verdict.Missing::fact).containsExactly("charges");
        }

        @Test
        void no_charges_at_all_means_nothing_can_be_excluded() {
            assertThat(favourable(CaseBuilder.conductOn("2024-07-30")).verdict()).isEqualTo(Decision.ELIGIBLE);
        }
    }
}
