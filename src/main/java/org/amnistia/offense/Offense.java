package org.amnistia.offense;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the offense catalogue: a stable code, the Spanish name as in court files, the
 * normalised aliases, the statute with its confidence tag, the category the Art. 9 rules test,
 * and, for the drug codes only, the default minimum penalty used by doubt D09.
 */
public record Offense(String code, String name, List<String> aliases, String statute,
                      OffenseCategory category, Integer defaultMinPenaltyYears) {

    public Offense {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("offense code must be upper-case: " + code);
        }
        Objects.requireNonNull(name, code + ": name");
        Objects.requireNonNull(statute, code + ": statute");
        Objects.requireNonNull(category, code + ": category");
        aliases = List.copyOf(Objects.requireNonNull(aliases, code + ": aliases"));
        if (aliases.isEmpty()) {
            throw new IllegalArgumentException(code + ": an offense needs at least one alias");
        }
    }
}
