package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.ArticleOrder;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * What every verdict says when the column map took the conduct's date from a column of another
 * date — of detention, of the charge: a note citing Art. 1 (the law covers the conduct, and Art. 7
 * tests the conduct's date, not the arrest's) naming the column, on each verdict whose case has a
 * conduct date. The verdict itself is the engine's; only the note is added.
 */
public final class ConductDateNote {

    private final String es;
    private final String en;

    private ConductDateNote(String column, String[] is) {
        this.es = "La fecha de la conducta se tomó de la columna «" + column + "», que es la fecha de " + is[0]
                + ", porque así lo dice el mapa de columnas de la nómina: la ley mide la fecha de la conducta, no la de "
                + "la detención ni la de la imputación (Arts. 1 y 7); compruebe que coinciden.";
        this.en = "The conduct's date was taken from the column «" + column + "», which is the " + is[1]
                + " date, because the roster's column map says so: the law tests the date of the conduct, not of the "
                + "arrest or the charge (Arts. 1 and 7); check that they agree.";
    }

    /** The note for a roster read as {@code columns} says, or {@code null} when its conduct dates are the conduct's own. */
    public static ConductDateNote of(ColumnMapping columns) {
        return columns == null || columns.conductDateColumn() == null ? null
                : new ConductDateNote(columns.conductDateColumn(), columns.conductDateIs());
    }

    public String es() {
        return es;
    }

    public String en() {
        return en;
    }

    /** An evaluator whose verdicts carry the note; closing it closes {@code evaluator}. */
    public ChunkEvaluator onEveryVerdict(ChunkEvaluator evaluator) {
        return new ChunkEvaluator() {
            @Override
            public List<Verdict> evaluate(List<CaseFile> cases) {
                List<Verdict> verdicts = evaluator.evaluate(cases);
                List<Verdict> noted = new ArrayList<>(verdicts.size());
                for (int i = 0; i < verdicts.size(); i++) {
                    noted.add(i < cases.size() && hasConductDate(cases.get(i)) ? noted(verdicts.get(i)) : verdicts.get(i));
                }
                return noted;
            }

            @Override
            public long readingsEvaluated() {
                return evaluator.readingsEvaluated();
            }

            @Override
            public void close() {
                evaluator.close();
            }
        };
    }

    static boolean hasConductDate(CaseFile c) {
        return c.conduct() != null && (c.conduct().from() != null || c.conduct().to() != null);
    }

    /** The verdict with the note as an Art. 1 finding, in article order, and Art. 1 among the articles examined. */
    Verdict noted(Verdict v) {
        List<Verdict.Finding> findings = new ArrayList<>(v.findings());
        int at = 0;
        while (at < findings.size() && ArticleOrder.INSTANCE.compare(findings.get(at).article(), "1") <= 0) {
            at++;
        }
        findings.add(at, new Verdict.Finding("1", FindingOutcome.NOTE, es, en));
        List<String> examined = new ArrayList<>(v.articlesExamined() == null ? List.of() : v.articlesExamined());
        if (!examined.contains("1")) {
            examined.add(0, "1");
        }
        return new Verdict(v.caseId(), v.law(), v.reading(), v.verdict(), v.articles(), List.copyOf(examined),
                List.copyOf(findings), v.doubts(), v.missing(), v.obligations(), v.alternatives());
    }
}
