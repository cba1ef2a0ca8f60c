package org.amnistia.engine.facts;

import org.amnistia.casefile.CaseFile;
import org.amnistia.offense.Offense;
import org.amnistia.offense.OffenseCategory;
import org.amnistia.offense.Recognition;
import org.amnistia.verdict.Bilingual;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One charge of a subject's case, recognised in the offense catalogue. The Art. 9 rules test its
 * {@link OffenseCategory}; an unrecognised or ambiguous text has none and must be classified.
 */
public final class Charge extends Derived {

    private final int index;
    private final String text;
    private final Recognition recognition;
    private final boolean attempt;
    private final Double statedMinPenaltyYears;

    public Charge(Subject subject, int index, CaseFile.Charge charge, Recognition recognition) {
        super(subject, 0);
        this.index = index;
        this.text = charge.offense().trim();
        this.recognition = recognition;
        this.attempt = Boolean.TRUE.equals(charge.attempt()) || recognition.attempt();
        this.statedMinPenaltyYears = charge.minPenaltyYears();
    }

    /** 0-based position in {@code charges}, as the {@code missing} fact {@code charges[i].offense} names it. */
    public int getIndex() {
        return index;
    }

    public String getText() {
        return text;
    }

    public boolean isRecognised() {
        return recognition.recognised();
    }

    public boolean isAmbiguous() {
        return recognition.status() == Recognition.Status.AMBIGUOUS;
    }

    public String getCode() {
        return isRecognised() ? recognition.offense().code() : null;
    }

    public OffenseCategory getCategory() {
        return isRecognised() ? recognition.offense().category() : null;
    }

    /** Tentativa or frustración, stated in the file or written in the charge (D08). */
    public boolean isAttempt() {
        return attempt;
    }

    public boolean isMinPenaltyStated() {
        return statedMinPenaltyYears != null;
    }

    /** The minimum applicable penalty: as stated, else the catalogue's default for the code (D09). */
    public Double getMinPenaltyYears() {
        if (statedMinPenaltyYears != null) {
            return statedMinPenaltyYears;
        }
        Integer fallback = isRecognised() ? recognition.offense().defaultMinPenaltyYears() : null;
        return fallback == null ? null : fallback.doubleValue();
    }

    /** The fact a verdict asks for when this charge cannot be classified. */
    public String getMissingFact() {
        return "charges[" + index + "].offense";
    }

    /**
     * What helps the person who must classify a charge that names no single code: the codes an
     * ambiguous text names, or the closest codes to an unrecognised one; empty when there are none.
     */
    public Bilingual getHint() {
        if (isAmbiguous()) {
            String codes = String.join(", ", recognition.candidateCodes());
            return new Bilingual(" Nombra: " + codes + ".", " It names: " + codes + ".");
        }
        List<Offense> closest = recognition.closest();
        if (closest.isEmpty()) {
            return Bilingual.EMPTY;
        }
        return new Bilingual(" ¿Quiso decir " + named(closest, Offense::name, " o ") + "?",
                " Did you mean " + named(closest, Offense::nameEn, " or ") + "?");
    }

    private static String named(List<Offense> offenses, Function<Offense, String> name, String or) {
        return offenses.stream().map(o -> o.code() + " — " + name.apply(o)).collect(Collectors.joining(or));
    }

    /** How the charge is named in a finding: its code when recognised, else the text as written. */
    public String getLabel() {
        return isRecognised() ? getCode() : "«" + text + "»";
    }
}
