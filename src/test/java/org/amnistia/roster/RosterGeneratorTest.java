package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.PartialDate;
import org.amnistia.offense.OffenseCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterGeneratorTest {

    static String generate(long seed, long rows) throws IOException {
        StringWriter out = new StringWriter();
        new RosterGenerator(seed, RosterRunTest.WINDOWS).write(rows, out);
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        assertThat(generate(42, 5_000)).isEqualTo(generate(42, 5_000));
        assertThat(generate(43, 5_000)).isNotEqualTo(generate(42, 5_000));
        assertThat(generate(42, 5_000)).startsWith(generate(42, 100)); // a longer roster extends a shorter one
    }

    @Test
    void everyGeneratedRowParsesAsACaseIncludingUnrecognisedChargeNames() throws IOException {
        String csv = generate(1, 30_000);
        List<CaseFile> cases = new ArrayList<>();
        try (RosterReader reader = RosterReaderTest.csv(csv)) {
            for (RosterRow r; (r = reader.next()) != null; ) {
                assertThat(r.reject()).as("row %d", r.row()).isNull();
                cases.add(r.caseFile());
            }
            assertThat(reader.blankLines()).isZero();
        }

        assertThat(cases).hasSize(30_000);
        assertThat(cases.get(0).id()).isEqualTo("G-0000001");
        assertThat(cases.get(29_999).id()).isEqualTo("G-0030000");
        assertThat(csv.lines().findFirst()).hasValue(RosterGenerator.HEADER);
        // the variety a real export has
        assertThat(cases).anyMatch(c -> c.conduct() != null && c.conduct().from() != null
                && c.conduct().from().precision() == PartialDate.Precision.MONTH);
        assertThat(cases).anyMatch(c -> c.conduct() != null && c.conduct().from() != null
                && c.conduct().from().precision() == PartialDate.Precision.YEAR);
        assertThat(cases).anyMatch(c -> c.conduct() == null || c.conduct().from() == null);
        assertThat(cases).anyMatch(c -> c.charges() == null);
        assertThat(cases).anyMatch(c -> c.charges() != null && c.charges().isEmpty());
        assertThat(cases).anyMatch(c -> c.charges() != null && c.charges().stream()
                .anyMatch(ch -> !OffenseCatalog.standard().recognise(ch.offense()).recognised()));
        assertThat(cases).anyMatch(c -> c.charges() != null && c.charges().stream().anyMatch(ch -> Boolean.TRUE.equals(ch.attempt())));
        assertThat(cases).anyMatch(c -> c.charges() != null && c.charges().stream().anyMatch(ch -> Double.valueOf(8).equals(ch.minPenaltyYears())));
        assertThat(cases).anyMatch(c -> c.person() != null && c.person().location() == CaseFile.Location.ABROAD);
        assertThat(cases).anyMatch(c -> c.name().contains(","));
        assertThat(cases).anyMatch(c -> c.name().contains("\""));
        assertThat(cases).anyMatch(c -> "8.11".equals(c.conductOrEmpty().event()));
    }

    @Test
    void conductDatesCrowdAroundTheSuppliedWindows() throws IOException {
        List<CaseFile> cases = new ArrayList<>();
        try (RosterReader reader = RosterReaderTest.csv(generate(5, 20_000))) {
            for (RosterRow r; (r = reader.next()) != null; ) {
                cases.add(r.caseFile());
            }
        }
        long inside = cases.stream().map(c -> c.conductOrEmpty().from())
                .filter(d -> d != null && d.dayPrecise())
                .filter(d -> RosterRunTest.WINDOWS.stream().anyMatch(w -> !d.first().isBefore(w.from()) && !d.first().isAfter(w.to())))
                .count();
        // ~45 % drawn inside a window, plus near-bound and uniform draws that fall inside
        assertThat(inside).isBetween(9_000L, 13_000L);
    }

    @Test
    void insideOnlyPutsEveryConductStartAndEndInsideTheWindowsGiven() throws IOException {
        List<RosterGenerator.DateWindow> one = List.of(RosterRunTest.WINDOWS.get(0));
        StringWriter out = new StringWriter();
        new RosterGenerator(3, one).insideOnly().idPrefix("N8.10").write(2_000, out);
        try (RosterReader reader = RosterReaderTest.csv(out.toString())) {
            for (RosterRow r; (r = reader.next()) != null; ) {
                CaseFile c = r.caseFile();
                assertThat(c.id()).startsWith("N8.10-");
                PartialDate from = c.conductOrEmpty().from();
                PartialDate to = c.conductOrEmpty().to() == null ? from : c.conductOrEmpty().to();
                assertThat(from.dayPrecise()).isTrue();
                assertThat(from.first()).isBetween(one.get(0).from(), one.get(0).to());
                assertThat(to.last()).isBetween(one.get(0).from(), one.get(0).to());
            }
        }
    }

    @Test
    void chargeOnlyGivesEveryRowThatChargeAloneAndAMilitaryChargeAMilitaryPerson() throws IOException {
        StringWriter out = new StringWriter();
        new RosterGenerator(4, RosterRunTest.WINDOWS).chargeOnly("REBELION_MILITAR").write(500, out);
        try (RosterReader reader = RosterReaderTest.csv(out.toString())) {
            for (RosterRow r; (r = reader.next()) != null; ) {
                assertThat(r.caseFile().charges()).extracting(CaseFile.Charge::offense).containsExactly("REBELION_MILITAR");
                assertThat(r.caseFile().person().military()).isTrue();
            }
        }
    }

    @Test
    void militaryRebellionIsSometimesChargedWithoutTreason() throws IOException {
        List<String> cells = generate(6, 5_000).lines().map(l -> l.split(",")[8]).toList();
        assertThat(cells).contains("REBELION_MILITAR");
        assertThat(cells).anyMatch(c -> c.contains("REBELION_MILITAR") && c.contains("TRAICION"));
    }
}
