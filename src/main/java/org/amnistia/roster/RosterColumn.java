package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a roster CSV (docs/spec/formato-caso.md, "A roster"), each with the case-file field path it
 * fills. The declaration order is the canonical column order (the generator writes it).
 */
public enum RosterColumn {
    ID("id", "id", Kind.ID, null),
    NAME("name", "name", Kind.NAME, null),
    CONDUCT_FROM("conduct_from", "conduct.from", Kind.DATE, null),
    CONDUCT_TO("conduct_to", "conduct.to", Kind.DATE, null),
    CONDUCT_CEASED("conduct_ceased", "conduct.ceased", Kind.BOOLEAN, null),
    POLITICAL("political", "conduct.political", Kind.BOOLEAN, null),
    EVENT("event", "conduct.event", Kind.EVENT, null),
    ASSEMBLY_MANDATE("assembly_mandate", "conduct.assemblyMandate", Kind.BOOLEAN, null),
    CHARGES("charges", "charges", Kind.CHARGES, null),
    LOCATION("location", "person.location", Kind.CHOICE, CaseFile.Location.class),
    DETAINED("detained", "person.detained", Kind.BOOLEAN, null),
    MILITARY("military", "person.military", Kind.BOOLEAN, null),
    MINOR("minor", "person.minor", Kind.BOOLEAN, null),
    STAGE("stage", "proceeding.stage", Kind.CHOICE, CaseFile.Stage.class),
    A_DERECHO("a_derecho", "proceeding.aDerecho", Kind.BOOLEAN, null),
    REQUEST_FILED_ON("request_filed_on", "request.filedOn", Kind.DATE, null),
    REQUEST_BY("request_by", "request.by", Kind.CHOICE, CaseFile.RequestBy.class),
    AS_OF("as_of", "asOf", Kind.DATE, null);

    /** What a column's cells hold, which decides how they are read. */
    public enum Kind { ID, NAME, DATE, BOOLEAN, EVENT, CHOICE, CHARGES }

    private static final RosterColumn[] ALL = values();
    private static final Map<String, RosterColumn> BY_HEADER = new HashMap<>();
    private static final Map<String, RosterColumn> BY_PATH = new HashMap<>();

    static {
        for (RosterColumn c : ALL) {
            BY_HEADER.put(c.header, c);
            BY_PATH.put(c.jsonPath, c);
        }
    }

    private final String header;
    private final String jsonPath;
    private final Kind kind;
    private final Class<? extends Enum<?>> choices;

    RosterColumn(String header, String jsonPath, Kind kind, Class<? extends Enum<?>> choices) {
        this.header = header;
        this.jsonPath = jsonPath;
        this.kind = kind;
        this.choices = choices;
    }

    public Kind kind() {
        return kind;
    }

    /** The values of a {@link Kind#CHOICE} column ({@code CaseFile.Stage}…), else {@code null}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <E extends Enum<E>> Class<E> choices() {
        return (Class) choices;
    }

    /** The name in the CSV header, e.g. {@code conduct_from}. */
    public String header() {
        return header;
    }

    /** The column a header cell names (trimmed, any case), or {@code null} when unknown. */
    public static RosterColumn ofHeader(String cell) {
        return BY_HEADER.get(cell.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The CSV column holding a case-file field path as {@code CaseValidator} names it
     * ({@code conduct.to}, {@code charges[2].offense}), or {@code null} when none does.
     */
    public static RosterColumn ofJsonPath(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith("charges")) {
            return CHARGES;
        }
        return BY_PATH.get(path);
    }

    /** The header names, comma-separated, in canonical order (for messages). */
    public static String allHeaders() {
        StringBuilder out = new StringBuilder();
        for (RosterColumn c : ALL) {
            out.append(out.length() == 0 ? "" : ", ").append(c.header);
        }
        return out.toString();
    }
}
