package org.amnistia.engine;

import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 7: personal scope; it yields obligations, the dates settle the cessation of a conduct that
 * ended, and D12 decides an unstated cessation of one that may go on.
 */
class Art07PersonalScopeTest extends EngineTestSupport {

    private static CaseBuilder july2024() {
        return CaseBuilder.conductOn("2024-07-30").charge("TERRORISMO");
    }

    /** A conduct known only by its month: it may still be going on. */
    private static CaseBuilder sometimeInJuly2024() {
        return CaseBuilder.conductOn("2024-07").charge("TERRORISMO");
    }

    @Nested
    class Cessation {

        @Test
        void unstated_cessation_is_taken_as_ceased_under_the_favourable_reading() {
            Verdict v = favourable(sometimeInJuly2024().ceased(null));
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.doubts()).containsExactly("D12");
        }

        @Test
        void unstated_cessation_must_be_stated_under_the_strict_reading() {
            Verdict v = strict(sometimeInJuly2024().ceased(null));
            assertThat(v.verdict()).isEqualTo(Decision.UNDETERMINED);
            assertThat(v.articles()).containsExactly("7");
            assertThat(v.missing()).extracting(Verdict.Missing::fact).containsExactly("conduct.ceased");
        }

        @Test
        void a_one_day_protest_has_ceased_that_day_under_both_readings() {
            for (Verdict v : new Verdict[]{favourable(july2024().ceased(null)), strict(july2024().ceased(null))}) {
                assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
                assertThat(v.doubts()).isEmpty();
                assertThat(v.findings()).anySatisfy(f -> assertThat(f.es()).contains("terminó el 2024-07-30"));
            }
        }

        @Test
        void a_conduct_with_a_stated_last_day_has_ceased_under_both_readings() {
            CaseBuilder c = CaseBuilder.conductOn("2024-07").to("2024-08-02").charge("TERRORISMO").ceased(null);
            assertThat(strict(c).doubts()).doesNotContain("D12");
            assertThat(strict(c).missing()).extracting(Verdict.Missing::fact).doesNotContain("conduct.ceased");
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
        void a_person_abroad_may_place_themselves_at_the_courts_disposal_or_act_through_a_lawyer_one_duty_two_ways() {
            Verdict v = favourable(july2024().abroad().notAtCourtsDisposal());
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.obligations()).extracting(Verdict.Obligation::es)
                    .anySatisfy(t -> assertThat(t).startsWith("Ponerse a derecho").contains(" o, si permanece en el exterior")
                            .contains("poder").contains("apostilla"))
                    .noneSatisfy(t -> assertThat(t).isEqualTo("Ponerse a derecho: ponerse a disposición del tribunal competente."))
                    .anySatisfy(t -> assertThat(t).contains("Comparecer personalmente"));
            assertThat(v.obligations()).hasSize(2);
        }

        @Test
        void a_detained_person_is_at_the_courts_disposal_and_is_not_told_to_place_themselves_there() {
            Verdict v = favourable(july2024().notAtCourtsDisposal().detained());
            assertThat(v.obligations()).extracting(Verdict.Obligation::es)
                    .noneSatisfy(t -> assertThat(t).contains("Ponerse a derecho"));
        }

        @Test
        void a_person_free_in_venezuela_and_not_at_the_courts_disposal_must_place_themselves_there() {
            Verdict v = favourable(july2024().notAtCourtsDisposal());
            assertThat(v.obligations()).extracting(Verdict.Obligation::es)
                    .anySatisfy(t -> assertThat(t).startsWith("Ponerse a derecho:"));
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
