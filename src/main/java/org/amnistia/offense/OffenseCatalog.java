package org.amnistia.offense;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** The fields of the file, and of one of its entries, each read by hand ({@link #offense}). */
    private static final List<String> FILE_FIELDS = List.of("fuente", "delitos");
    private static final List<String> FIELDS =
            List.of("code", "name", "nameEn", "aliases", "statute", "category", "defaultMinPenaltyYears");

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

    /**
     * Reads a catalogue in the format of {@code rules/catalogo-delitos.json}: {@code {"fuente": "...",
     * "delitos": [...]}}. Its entries are read from the JSON tree by hand rather than bound to the
     * records by reflection, which cost a third of a cold {@code check}'s catalogue (docs/rendimiento.md).
     */
    public static OffenseCatalog load(InputStream json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the offense catalogue: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the offense catalogue is not a JSON object");
        }
        knownFields(root, FILE_FIELDS, "the offense catalogue");
        text(root, "fuente", "the offense catalogue");
        JsonNode entries = root.get("delitos");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw new IllegalArgumentException("the offense catalogue lists no offenses");
        }
        List<Offense> offenses = new ArrayList<>(entries.size());
        for (JsonNode entry : entries) {
            offenses.add(offense(entry, "delitos[" + offenses.size() + "]"));
        }
        return new OffenseCatalog(offenses);
    }

    /** One entry, {@code where} in the file ({@code delitos[3]}); the record checks what each field holds. */
    private static Offense offense(JsonNode entry, String where) {
        if (!entry.isObject()) {
            throw new IllegalArgumentException(where + " of the offense catalogue is not an object: " + entry);
        }
        String label = where + (entry.path("code").isTextual() ? " (" + entry.get("code").textValue() + ")" : "");
        knownFields(entry, FIELDS, label);
        List<String> aliases = null;
        JsonNode list = entry.get("aliases");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new IllegalArgumentException(label + ": aliases is a list of texts");
            }
            aliases = new ArrayList<>(list.size());
            for (JsonNode alias : list) {
                if (!alias.isTextual()) {
                    throw new IllegalArgumentException(label + ": an alias is a text: " + alias);
                }
                aliases.add(alias.textValue());
            }
        }
        String category = text(entry, "category", label);
        OffenseCategory parsed;
        try {
            parsed = category == null ? null : OffenseCategory.valueOf(category);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + ": unknown category \"" + category + "\" (known: "
                    + Arrays.toString(OffenseCategory.values()) + ")", e);
        }
        JsonNode years = entry.get("defaultMinPenaltyYears");
        boolean noYears = years == null || years.isNull();
        if (!noYears && !(years.canConvertToExactIntegral() && years.canConvertToInt())) {
            throw new IllegalArgumentException(label + ": defaultMinPenaltyYears is a whole number of years: " + years);
        }
        try {
            return new Offense(text(entry, "code", label), text(entry, "name", label), text(entry, "nameEn", label),
                    aliases, text(entry, "statute", label), parsed, noYears ? null : years.intValue());
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static void knownFields(JsonNode object, List<String> known, String label) {
        object.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw new IllegalArgumentException(label + ": unknown field \"" + field + "\" (known: " + known + ")");
            }
        });
    }

    /** A text field of an entry, null when it is absent or null. */
    private static String text(JsonNode entry, String field, String label) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(label + ": " + field + " is a text: " + value);
        }
        return value.textValue();
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
