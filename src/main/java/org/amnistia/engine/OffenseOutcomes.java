package org.amnistia.engine;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.PartialDate;
import org.amnistia.law.NumeralWindows;
import org.amnistia.offense.Offense;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a version's Art. 9 does with each catalogue code, under each reading, read from its own
 * rules: a probe case with that one charge, political, ceased, on the first day every reading of
 * the version covers by date. A code is excluded under a reading when a rule finds it excludes
 * the case; the doubts are those the verdict names. Nothing here repeats which category is excluded.
 */
public final class OffenseOutcomes {

    /** One code: excluded under the favourable and the strict reading, and the doubts in between. */
    public record Row(Offense offense, boolean excludedFavourable, boolean excludedStrict, List<String> doubts) {
    }

    private OffenseOutcomes() {
    }

    public static List<Row> of(Engine engine, List<Offense> offenses) {
        PartialDate day = PartialDate.parse(probeDay(engine).toString());
        List<Row> rows = new ArrayList<>(offenses.size());
        for (Offense offense : offenses) {
            CaseFile probe = new CaseFile("probe-" + offense.code(), null,
                    new CaseFile.Conduct(day, null, true, true, null, null),
                    List.of(new CaseFile.Charge(offense.code(), null, null, null)),
                    new CaseFile.Person(CaseFile.Location.VENEZUELA, true, null, null),
                    new CaseFile.Proceeding(CaseFile.Stage.CONTROL, true), null, null);
            Verdict favourable = engine.evaluate(probe, Reading.FAVOURABLE);
            Verdict strict = engine.evaluate(probe, Reading.STRICT);
            TreeSet<String> doubts = new TreeSet<>(favourable.doubts());
            doubts.addAll(strict.doubts());
            rows.add(new Row(offense, excludes(favourable), excludes(strict), List.copyOf(doubts)));
        }
        return rows;
    }

    private static boolean excludes(Verdict v) {
        return v.findings().stream().anyMatch(f -> f.outcome() == FindingOutcome.EXCLUDES);
    }

    /** The first day a numeral covers by date under both readings: the charge alone then decides. */
    private static LocalDate probeDay(Engine engine) {
        for (NumeralWindows n : LawProbe.describe(engine).numerals()) {
            if (!n.byEvent() && !n.strict().isEmpty()) {
                return n.strict().get(0).from();
            }
        }
        throw new IllegalStateException(engine.law() + " has no numeral that covers by date");
    }
}
