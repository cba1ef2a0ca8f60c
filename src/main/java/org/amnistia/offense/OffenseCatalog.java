package org.amnistia.offense;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offense catalogue: a dictionary of codes, names, aliases, statutes and categories, not
 * law (the Art. 9 exclusions live in the DRL rules). Immutable and thread-safe; one instance is
 * shared by every worker of a roster run, so recognitions are memoised by raw text.
 */
public final class OffenseCatalog {

    /** Classpath location of the bundled catalogue (the {@code rules/} resource directory). */
    public static final String RESOURCE = "rules/catalogo-delitos.json";

    /** Rosters repeat a small set of charge texts; beyond this many, texts are recognised afresh. */
    private static final int MEMO_LIMIT = 10_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** The file's shape: {@code {"fuente": "...", "delitos": [...]}}. */
    private record CatalogFile(String fuente, List<Offense> delitos) {
    }

    private static final class Standard {
        static final OffenseCatalog INSTANCE = loadResource();
    }

    private final List<Offense> offenses;
    private final Map<String, Offense> byCode;
    private final AliasIndex aliases;
    private final ConcurrentHashMap<String, Recognition> memo = new ConcurrentHashMap<>();

    private OffenseCatalog(List<Offense> offenses) {
        this.offenses = List.copyOf(offenses);
        Map<String, Offense> codes = new HashMap<>();
        for (Offense offense : this.offenses) {
            if (codes.putIfAbsent(offense.code(), offense) != null) {
                throw new IllegalArgumentException("offense code listed twice: " + offense.code());
            }
        }
        this.byCode = Map.copyOf(codes);
        this.aliases = new AliasIndex(this.offenses);
    }

    /** The catalogue bundled in the jar, loaded once. */
    public static OffenseCatalog standard() {
        return Standard.INSTANCE;
    }

    /** Reads a catalogue in the format of {@code rules/catalogo-delitos.json}. */
    public static OffenseCatalog load(InputStream json) {
        Objects.requireNonNull(json, "json");
        CatalogFile file;
        try {
            file = MAPPER.readValue(json, CatalogFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the offense catalogue: " + e.getMessage(), e);
        }
        if (file == null || file.delitos() == null || file.delitos().isEmpty()) {
            throw new IllegalArgumentException("the offense catalogue lists no offenses");
        }
        return new OffenseCatalog(file.delitos());
    }

    private static OffenseCatalog loadResource() {
        try (InputStream in = OffenseCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource missing: " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Offense> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every offense, in the order of the catalogue file. */
    public List<Offense> all() {
        return offenses;
    }

    /**
     * Recognises a charge written as a code or as the Spanish name in the court file
     * (docs/spec/semantica.md §4): a trimmed text equal to a code is that code; otherwise the text is
     * reduced ({@link ChargeText}) and its aliases matched ({@link AliasIndex}).
     */
    public Recognition recognise(String text) {
        Objects.requireNonNull(text, "text");
        Recognition known = memo.get(text);
        if (known != null) {
            return known;
        }
        Recognition recognition = recogniseAfresh(text);
        if (memo.size() < MEMO_LIMIT) {
            memo.putIfAbsent(text, recognition);
        }
        return recognition;
    }

    /**
     * This catalogue with more names for some codes (an NGO's own, {@link AliasFile}): each list
     * holds normalised texts for the code it is keyed by. The bundled catalogue is left as it is.
     */
    OffenseCatalog withAliases(Map<String, List<String>> extra) {
        List<Offense> widened = new ArrayList<>(offenses.size());
        for (Offense o : offenses) {
            List<String> more = extra.get(o.code());
            if (more == null) {
                widened.add(o);
            } else {
                List<String> aliases = new ArrayList<>(o.aliases());
                more.stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
                widened.add(new Offense(o.code(), o.name(), o.nameEn(), aliases, o.statute(), o.category(),
                        o.defaultMinPenaltyYears()));
            }
        }
        return new OffenseCatalog(widened);
    }

    /** The code whose alias reads exactly as {@code text}, or {@code null}. */
    Offense aliasOwner(ChargeText text) {
        return aliases.owner(ChargeWords.canonical(text.words()));
    }

    /** How {@code text} is recognised, with the intermediate forms shown (for {@code amnistia delitos TEXTO}). */
    public Explanation explain(String text) {
        Objects.requireNonNull(text, "text");
        ChargeText reduced = ChargeText.of(text);
        return new Explanation(text, reduced.text(), ChargeWords.canonical(reduced.words()), recognise(text));
    }

    private Recognition recogniseAfresh(String text) {
        Offense code = byCode.get(text.strip());
        if (code != null) {
            return Recognition.of(code, false);
        }
        return aliases.match(ChargeText.of(text));
    }
}
