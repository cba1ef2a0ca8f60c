package org.amnistia.roster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a roster CSV (docs/spec/formato-caso.md, "A roster"), each with the case-file field path it
 * fills. The declaration order is the canonical column order (the generator writes it).
 */
public enum RosterColumn {
    ID("id", "id"),
    NAME("name", "name"),
    CONDUCT_FROM("conduct_from", "conduct.from"),
    CONDUCT_TO("conduct_to", "conduct.to"),
    CONDUCT_CEASED("conduct_ceased", "conduct.ceased"),
    POLITICAL("political", "conduct.political"),
    EVENT("event", "conduct.event"),
    ASSEMBLY_MANDATE("assembly_mandate", "conduct.assemblyMandate"),
    CHARGES("charges", "charges"),
    LOCATION("location", "person.location"),
    DETAINED("detained", "person.detained"),
    MILITARY("military", "person.military"),
    MINOR("minor", "person.minor"),
    STAGE("stage", "proceeding.stage"),
    A_DERECHO("a_derecho", "proceeding.aDerecho"),
    REQUEST_FILED_ON("request_filed_on", "request.filedOn"),
    REQUEST_BY("request_by", "request.by"),
    AS_OF("as_of", "asOf");

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

    RosterColumn(String header, String jsonPath) {
        this.header = header;
        this.jsonPath = jsonPath;
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
