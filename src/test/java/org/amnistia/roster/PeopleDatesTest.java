package org.amnistia.roster;

import org.amnistia.casefile.InvalidCaseException;
import org.amnistia.casefile.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sheet's dates as people write them become the case's day, month or year, and an impossible one is never read another way. */
class PeopleDatesTest {

    private static String day(String text, DateOrder order) {
        PartialDate d = PeopleDates.parse(text, order);
        return d.text() + " " + d.precision();
    }

    @Test
    void venezuelanDatesAreReadDayFirst() {
        DateOrder dmy = DateOrder.DAY_MONTH_YEAR;
        assertThat(day("30/07/2024", dmy)).isEqualTo("2024-07-30 DAY");
        assertThat(day("30-07-2024", dmy)).isEqualTo("2024-07-30 DAY");
        assertThat(day("30.07.2024", dmy)).isEqualTo("2024-07-30 DAY");
        assertThat(day("3/7/2024", dmy)).isEqualTo("2024-07-03 DAY");
        assertThat(day("07/2024", dmy)).isEqualTo("2024-07 MONTH");
        assertThat(day("julio de 2024", dmy)).isEqualTo("2024-07 MONTH");
        assertThat(day("Jul-2024", dmy)).isEqualTo("2024-07 MONTH");
        assertThat(day("30 de julio de 2024", dmy)).isEqualTo("2024-07-30 DAY");
        assertThat(day("1° de agosto de 2024", dmy)).isEqualTo("2024-08-01 DAY");
        assertThat(day("30-jul-2024", dmy)).isEqualTo("2024-07-30 DAY");
        assertThat(day("July 30, 2024", dmy)).isEqualTo("2024-07-30 DAY");
        assertThat(day("2024-07-30 00:00:00", dmy)).isEqualTo("2024-07-30 DAY");
        assertThat(day("2024/07/30", dmy)).isEqualTo("2024-07-30 DAY");
        assertThat(day("2024-07", dmy)).isEqualTo("2024-07 MONTH");
        assertThat(day("2024", dmy)).isEqualTo("2024 YEAR");
    }

    @Test
    void anotherOrderIsReadOnlyWhenTheSheetSaysSo() {
        assertThat(day("07/30/2024", DateOrder.MONTH_DAY_YEAR)).isEqualTo("2024-07-30 DAY");
        assertThat(day("3/7/2024", DateOrder.MONTH_DAY_YEAR)).isEqualTo("2024-03-07 DAY");
        assertThatThrownBy(() -> PeopleDates.parse("30/07/2024", DateOrder.YEAR_MONTH_DAY))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("year/month/day");
    }

    @Test
    void aDateImpossibleInTheChosenOrderIsAnErrorThatSaysWhyAndNeverSwapsDayAndMonth() {
        assertThatThrownBy(() -> PeopleDates.parse("07/30/2024", DateOrder.DAY_MONTH_YEAR))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.es()).isEqualTo("«07/30/2024» no es una fecha posible: leída como día/mes/año, no hay mes 30 "
                            + "(si la hoja escribe mes/día/año, indíquelo con --date-order mdy o «fechas: mdy» en el mapa de columnas)");
                    assertThat(e.en()).startsWith("«07/30/2024» is not a possible date: read as day/month/year, there is no month 30");
                });
        assertThatThrownBy(() -> PeopleDates.parse("31/02/2024", DateOrder.DAY_MONTH_YEAR))
                .hasMessageContaining("February 2024 has 29 days");
        assertThatThrownBy(() -> PeopleDates.parse("30 de febrero de 2024", DateOrder.DAY_MONTH_YEAR))
                .hasMessageContaining("February 2024 has 29 days");
        assertThatThrownBy(() -> PeopleDates.parse("13/2024", DateOrder.DAY_MONTH_YEAR)).hasMessageContaining("no month 13");
    }

    @Test
    void aTwoDigitYearOrAnUnknownShapeIsAnErrorNamingWhatIsAccepted() {
        assertThatThrownBy(() -> PeopleDates.parse("30/07/24", DateOrder.DAY_MONTH_YEAR))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.es()).contains("cuatro cifras"));
        assertThatThrownBy(() -> PeopleDates.parse("ayer", DateOrder.DAY_MONTH_YEAR))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.es())
                        .startsWith("«ayer» no es una fecha (se admite 30/07/2024"));
    }

    @Test
    void theOrderIsWrittenAsCodesOrSpelledOut() {
        assertThat(DateOrder.parse("dmy")).isEqualTo(DateOrder.DAY_MONTH_YEAR);
        assertThat(DateOrder.parse("día/mes/año")).isEqualTo(DateOrder.DAY_MONTH_YEAR);
        assertThat(DateOrder.parse("DD/MM/AAAA")).isEqualTo(DateOrder.DAY_MONTH_YEAR);
        assertThat(DateOrder.parse("month/day/year")).isEqualTo(DateOrder.MONTH_DAY_YEAR);
        assertThat(DateOrder.parse("ymd")).isEqualTo(DateOrder.YEAR_MONTH_DAY);
        assertThat(DateOrder.parse("al revés")).isNull();
    }
}
