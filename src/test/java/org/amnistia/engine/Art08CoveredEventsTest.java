package org.amnistia.engine;

import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Art. 8: the 13 numerals, BY DATE and BY EVENT, and the political motive. */
class Art08CoveredEventsTest extends EngineTestSupport {

    private static CaseBuilder protest(String day) {
        return CaseBuilder.conductOn(day).charge("TERRORISMO");
    }

    @ParameterizedTest(name = "{0} is covered by {1}")
    @CsvSource({"2002-04-11,8.1", "2002-04-12,8.1", "2003-02-28,8.2", "2004-03-31,8.3", "2004-08-01,8.3",
            "2007-05-31,8.4", "2009-09-30,8.5", "2013-04-15,8.6", "2014-02-12,8.7", "2017-08-31,8.9",
            "2019-04-30,8.10", "2024-07-28,8.12"})
    void a_political_act_inside_a_by_date_window_is_covered_by_that_numeral(String day, String numeral) {
        Verdict v = favourable(protest(day));
        assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
        assertThat(v.articles()).containsExactly("4", "6", "7", numeral, "9");
        assertThat(v.findings()).anySatisfy(f -> assertThat(f.es()).contains(day).contains(numeral));
    }

    @ParameterizedTest(name = "{0} is not covered")
    @CsvSource({"2002-04-10", "2002-04-13", "2004-04-15", "2007-06-01", "2009-10-01", "2015-06-10", "2022-03-01"})
    void a_political_act_outside_every_window_is_not_covered(String day) {
        Verdict v = favourable(protest(day));
        assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        assertThat(v.articles()).containsExactly("8");
    }

    @Nested
    class PoliticalMotive {

        @Test
        void an_act_stated_as_not_political_is_not_covered_even_inside_a_window() {
            Verdict v = favourable(protest("2024-07-30").political(false));
            assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
            assertThat(v.articles()).containsExactly("8");
        }

        @Test
        void an_unknown_motive_is_never_assumed_under_either_reading() {
            assertThat(favourable(protest("2024-07-30").political(null)).missing())
                    .extracting(Verdict.Missing::fact).containsExactly("conduct.political");
            assertThat(strict(protest("2024-07-30").political(null)).verdict()).isEqualTo(Decision.UNDETERMINED);
        }
    }

    @Nested
    class ByEvent {

        @Test
        void a_2023_act_linked_to_the_primary_is_covered_by_8_11() {
            Verdict v = favourable(protest("2023-10-22").event("8.11"));
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.articles()).contains("8.11");
        }

        @Test
        void a_2023_act_with_no_stated_link_asks_for_the_link() {
            Verdict v = favourable(protest("2023-10-22"));
            assertThat(v.verdict()).isEqualTo(Decision.UNDETERMINED);
            assertThat(v.articles()).containsExactly("8.11");
            assertThat(v.missing()).extracting(Verdict.Missing::fact).containsExactly("conduct.event");
        }

        @Test
        void a_2023_act_stated_as_linked_to_no_event_is_not_covered() {
            assertThat(favourable(protest("2023-10-22").event("none")).verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        }

        @Test
        void the_link_is_never_inferred_from_the_date_even_when_the_date_matches() {
            Verdict v = favourable(protest("2018-06-01").event("8.11"));
            assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        }

        @Test
        void the_assembly_numeral_needs_the_mandate_only_under_the_strict_reading_of_d03() {
            CaseBuilder c = protest("2018-06-01").event("8.8");
            assertThat(favourable(c).verdict()).isEqualTo(Decision.ELIGIBLE);
            Verdict strict = strict(c);
            assertThat(strict.verdict()).isEqualTo(Decision.UNDETERMINED);
            assertThat(strict.missing()).extracting(Verdict.Missing::fact).containsExactly("conduct.assemblyMandate");
            assertThat(strict(c.mandate(false)).verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        }

        @Test
        void a_numeral_the_version_lacks_is_only_a_note() {
            Verdict v = favourable(protest("2024-07-30").event("8.99"));
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.findings()).anySatisfy(f -> assertThat(f.es()).contains("8.99"));
        }
    }

    @Nested
    class DoubtfulBounds {

        @Test
        void august_2024_depends_on_d05_and_says_what_the_strict_reading_gives() {
            Verdict v = favourable(protest("2024-08-02"));
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.doubts()).containsExactly("D05");
            assertThat(v.alternatives()).containsEntry("D05", Decision.NOT_ELIGIBLE);
        }

        @Test
        void early_january_2025_is_covered_by_8_12_by_date_and_asks_for_the_8_13_link_strictly() {
            Verdict strict = strict(protest("2025-01-05"));
            assertThat(favourable(protest("2025-01-05")).articles()).contains("8.12");
            assertThat(strict.verdict()).isEqualTo(Decision.UNDETERMINED);
            assertThat(strict.articles()).containsExactly("8.13");
        }

        @Test
        void a_2017_act_linked_to_the_assembly_cites_both_covering_numerals() {
            assertThat(favourable(protest("2017-05-04").event("8.8")).articles()).contains("8.8", "8.9");
        }
    }
}
