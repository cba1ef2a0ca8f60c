package org.amnistia.casefile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date written in another order is still refused (a case writes {@code YYYY-MM-DD}, {@code YYYY-MM}
 * or {@code YYYY}), but the message gives the ISO date it probably meant, reading day first as in
 * Venezuela, or says why there is none.
 */
class PartialDateHintsTest {

    private static InvalidCaseException refused(String text) {
        try {
            PartialDate.parse(text);
        } catch (InvalidCaseException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "30/07/2024          | ¿quiso decir 2024-07-30? (leída como día/mes/año)   | did you mean 2024-07-30? (read as day/month/year)",
            "3/7/2024            | ¿quiso decir 2024-07-03? (leída como día/mes/año)   | did you mean 2024-07-03? (read as day/month/year)",
            "30-07-2024          | ¿quiso decir 2024-07-30? (leída como día/mes/año)   | did you mean 2024-07-30? (read as day/month/year)",
            "30.07.2024          | ¿quiso decir 2024-07-30? (leída como día/mes/año)   | did you mean 2024-07-30? (read as day/month/year)",
            "30/07/24            | ¿quiso decir 2024-07-30? (leída como día/mes/año; el año va con cuatro cifras) | did you mean 2024-07-30? (read as day/month/year; the year takes four digits)",
            "2024/07/30          | ¿quiso decir 2024-07-30?                           | did you mean 2024-07-30?",
            "2024-7-3            | ¿quiso decir 2024-07-03?                           | did you mean 2024-07-03?",
            "20240730            | ¿quiso decir 2024-07-30?                           | did you mean 2024-07-30?",
            "07/2024             | ¿quiso decir 2024-07? (todo el mes)                | did you mean 2024-07? (the whole month)",
            "2024/7              | ¿quiso decir 2024-07? (todo el mes)                | did you mean 2024-07? (the whole month)",
            "30 de julio de 2024 | ¿quiso decir 2024-07-30?                           | did you mean 2024-07-30?",
            "julio de 2024       | ¿quiso decir 2024-07? (todo el mes)                | did you mean 2024-07? (the whole month)",
            "2024-07-30T08:00    | ¿quiso decir 2024-07-30? (solo el día, sin la hora) | did you mean 2024-07-30? (the day only, without the time)",
    })
    void a_date_in_another_shape_is_refused_with_the_iso_date_it_meant(String written, String es, String en) {
        InvalidCaseException e = refused(written);
        assertThat(e.es()).isEqualTo("«" + written + "» no es una fecha AAAA-MM-DD, AAAA-MM o AAAA: " + es);
        assertThat(e.en()).isEqualTo("«" + written + "» is not a date YYYY-MM-DD, YYYY-MM or YYYY: " + en);
    }

    @Test
    void an_impossible_day_first_date_gets_no_suggestion_but_says_why() {
        InvalidCaseException e = refused("31/02/2024");
        assertThat(e.es()).isEqualTo("«31/02/2024» no es una fecha AAAA-MM-DD, AAAA-MM o AAAA: leída como día/mes/año "
                + "(el uso en Venezuela) sería el 31 de febrero de 2024, que no existe (febrero de 2024 tiene 29 días)");
        assertThat(e.en()).isEqualTo("«31/02/2024» is not a date YYYY-MM-DD, YYYY-MM or YYYY: read as day/month/year "
                + "(the Venezuelan use) it would be 31 February 2024, which does not exist (February 2024 has 29 days)");
        assertThat(e.es() + e.en()).doesNotContain("quiso decir", "did you mean");
    }

    @Test
    void a_month_first_date_is_not_turned_around() {
        InvalidCaseException e = refused("07/30/2024");
        assertThat(e.es()).isEqualTo("«07/30/2024» no es una fecha AAAA-MM-DD, AAAA-MM o AAAA: leída como día/mes/año "
                + "(el uso en Venezuela), el mes sería 30, y no hay mes 30");
        assertThat(e.en()).endsWith("read as day/month/year (the Venezuelan use), the month would be 30, and there is no month 30");
    }

    @Test
    void an_impossible_iso_date_says_why() {
        assertThat(refused("2024-02-30").es()).isEqualTo("«2024-02-30» es una fecha imposible: febrero de 2024 tiene 29 días");
        assertThat(refused("2024-02-30").en()).isEqualTo("«2024-02-30» is an impossible date: February 2024 has 29 days");
        assertThat(refused("2023-02-29").es()).isEqualTo("«2023-02-29» es una fecha imposible: febrero de 2023 tiene 28 días");
        assertThat(refused("2024-13").es()).isEqualTo("«2024-13» es una fecha imposible: no hay mes 13");
        assertThat(refused("2024-13-01").en()).isEqualTo("«2024-13-01» is an impossible date: there is no month 13");
    }

    @Test
    void text_that_is_no_date_at_all_keeps_the_plain_message() {
        assertThat(refused("ayer").es()).isEqualTo("«ayer» no es una fecha AAAA-MM-DD, AAAA-MM o AAAA");
        assertThat(refused("2024|07").en()).isEqualTo("«2024|07» is not a date YYYY-MM-DD, YYYY-MM or YYYY");
        assertThat(refused("").es()).startsWith("la fecha está vacía");
    }

    @Test
    void iso_dates_are_read_as_before() {
        assertThat(PartialDate.parse("2024-07-30").precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(PartialDate.parse("2024-07").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse(" 2024 ").precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("2024-07-30 ").first()).isEqualTo(java.time.LocalDate.of(2024, 7, 30));
    }
}
