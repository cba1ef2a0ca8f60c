package org.amnistia.offense;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the offense catalogue (docs/ley/delitos.md): a stable code, the Spanish name as in
 * court files, the English name as international reports write it, the normalised aliases, the
 * statute with its confidence grade, the category the Art. 9 rules test, and, for the drug codes
 * only, the default minimum penalty used by doubt D09.
 */
public record Offense(String code, String name, String nameEn, List<String> aliases, String statute,
                      OffenseCategory category, Integer defaultMinPenaltyYears) {

    /** A statute string ends with its confidence grade: {@code CP art. 128 (H)}. */
    private static final Pattern GRADED = Pattern.compile(".*\\((H|M|L)\\)$");

    public Offense {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("offense code must be upper-case: " + code);
        }
        Objects.requireNonNull(name, code + ": name");
        Objects.requireNonNull(nameEn, code + ": nameEn");
        if (name.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException(code + ": an offense needs a Spanish and an English name");
        }
        Objects.requireNonNull(statute, code + ": statute");
        Objects.requireNonNull(category, code + ": category");
        aliases = List.copyOf(Objects.requireNonNull(aliases, code + ": aliases"));
        if (aliases.isEmpty()) {
            throw new IllegalArgumentException(code + ": an offense needs at least one alias");
        }
        if (defaultMinPenaltyYears != null && category != OffenseCategory.DROGAS) {
            throw new IllegalArgumentException(code + ": only a drug-trafficking code has a default minimum penalty (D09)");
        }
        if (defaultMinPenaltyYears == null && category == OffenseCategory.DROGAS) {
            throw new IllegalArgumentException(code + ": a drug-trafficking code needs its default minimum penalty (D09)");
        }
    }

    /** The confidence grade of the statute reference (H, M or L), or {@code null} when it has none. */
    public String statuteGrade() {
        var m = GRADED.matcher(statute);
        return m.matches() ? m.group(1) : null;
    }
}
