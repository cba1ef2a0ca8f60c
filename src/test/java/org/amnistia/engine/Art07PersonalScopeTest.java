package org.amnistia.engine;

import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Art. 7: personal scope; it yields obligations, and D12 decides an unstated cessation. */
class Art07PersonalScopeTest extends EngineTestSupport {

    private static CaseBuilder july2024() {
        return CaseBuilder.conductOn("2024-07-30").charge("TERRORISMO");
    }

    @Nested
    class Cessation {

        @Test
        void unstated_cessation_is_taken_as_ceased_under_the_favourable_reading() {
            Verdict v = favourable(july2024().ceased(null));
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.doubts()).containsExactly("D12");
        }

        @Test
        void unstated_cessation_must_be_stated_under_the_strict_reading() {
            Verdict v = strict(july2024().ceased(null));
            assertThat(v.verdict()).isEqualTo(Decision.UNDETERMINED);
            assertThat(v.articles()).containsExactly("7");
            assertThat(v.missing()).extracting(Verdict.Missing::fact).containsExactly("conduct.ceased");
        }

        @Test
        void not_having_ceased_is_an_obligation_not_an_exclusion() {
            Verdict v = strict(july2024().ceased(false));
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.obligations()).anySatisfy(o -> {
                assertThat(o.article()).isEqualTo("7");
                assertThat(o.es()).contains("Cesar");
            });
        }
    }

    @Nested
    class AtTheCourtsDisposal {

        @Test
        void a_person_abroad_not_at_the_courts_disposal_may_act_through_a_lawyer_with_power_of_attorney() {
            Verdict v = favourable(july2024().abroad().notAtCourtsDisposal());
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.obligations()).extracting(Verdict.Obligation::es)
                    .anySatisfy(t -> assertThat(t).contains("poder"))
                    .anySatisfy(t -> assertThat(t).contains("Ponerse a derecho"))
                    .anySatisfy(t -> assertThat(t).contains("Comparecer personalmente"));
        }

        @Test
        void a_person_at_the_courts_disposal_in_venezuela_only_has_to_appear() {
            Verdict v = favourable(july2024());
            assertThat(v.obligations()).hasSize(1);
            assertThat(v.obligations().get(0).es()).contains("Comparecer personalmente");
        }
    }

    @Nested
    class CourtDeadline {

        @Test
        void the_court_has_fifteen_calendar_days_from_the_request() {
            Verdict v = favourable(july2024().requestFiled("2026-03-01", "2026-03-16"));
            assertThat(v.obligations()).anySatisfy(o -> {
                assertThat(o.article()).isEqualTo("11");
                assertThat(o.es()).contains("2026-03-16").doesNotContain("venció");
            });
        }

        @Test
        void the_deadline_is_overdue_the_day_after() {
            Verdict v = favourable(july2024().requestFiled("2026-03-01", "2026-03-17"));
            assertThat(v.obligations()).anySatisfy(o -> assertThat(o.es()).contains("venció el 2026-03-16"));
        }
    }

    @Test
    void a_person_not_eligible_gets_no_obligations() {
        Verdict v = favourable(CaseBuilder.conductOn("2015-01-10").charge("TERRORISMO").notAtCourtsDisposal());
        assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        assertThat(v.obligations()).isEmpty();
    }
}
