package org.amnistia.roster;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.amnistia.offense.AliasFile;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an NGO's column map: the same YAML file as its charge names ({@code --aliases}, section
 * {@code cargos:}, which this reader leaves to {@link AliasFile}), so one file can hold both.
 * <pre>
 * columnas:                       # each column of the sheet: the field it holds, or «ignorar»
 *   "Nombre y apellido": name
 *   "Fecha de los hechos": conduct_from
 *   "Fecha de detención": ignorar
 * valores:                        # per field, the sheet's own words: the contract's word
 *   detained: { "Privado de libertad": sí, "Casa por cárcel": sí }
 *   stage: { "Condenado": EXECUTION }
 * fechas: dmy                     # dmy (día/mes/año, by default), mdy or ymd
 * hoja: "Presos 2024"             # the workbook's sheet (by default the first)
 * cargos:
 *   "Cierre de calle": OBSTACULIZACION_VIAS
 * </pre>
 * A field is written as its contract column ({@code conduct_from}) or case path ({@code conduct.from}).
 * Every problem names the file and the line.
 */
public final class ColumnMapFile {

    public static final String COLUMNS = "columnas";
    public static final String VALUES = "valores";
    public static final String DATES = "fechas";
    public static final String SHEET = "hoja";
    private static final String IGNORE = "ignorar";

    private static final YAMLFactory YAML = new YAMLFactory();

    private ColumnMapFile() {
    }

    /** Reads {@code file}; a missing or bad file is a {@link ColumnMapException} naming the file and line. */
    public static ColumnMap read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ColumnMapException(file + ": el archivo no existe", file + ": no such file");
        } catch (IOException e) {
            throw invalidYaml(file.toString(), e);
        }
    }

    /** Reads a map held as text ({@code name} names it in messages), e.g. one the page sent. */
    public static ColumnMap read(String text, String name) {
        try {
            return read(new StringReader(text), name);
        } catch (IOException e) {
            throw invalidYaml(name, e);
        }
    }

    private static ColumnMap read(Reader in, String name) throws IOException {
        Map<String, Optional<RosterColumn>> columns = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        Map<RosterColumn, Map<String, String>> values = new EnumMap<>(RosterColumn.class);
        DateOrder order = null;
        String sheet = null;
        try (JsonParser p = YAML.createParser(in)) {
            if (p.nextToken() == null) {
                return new ColumnMap(columns, headers, values, null, null, name);
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw problem(name, p.currentLocation(), "se espera una sección «columnas:»", "a «columnas:» section is expected");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                JsonLocation at = p.currentLocation();
                JsonToken value = p.nextToken();
                switch (section) {
                    case COLUMNS -> readColumns(p, value, name, at, columns, headers);
                    case VALUES -> readValues(p, value, name, at, values);
                    case DATES -> order = readOrder(p, value, name, at);
                    case SHEET -> sheet = value == JsonToken.VALUE_NULL ? null : text(p, value, name, at, SHEET);
                    case AliasFile.SECTION -> p.skipChildren();
                    default -> throw problem(name, at, "sección desconocida «" + section + "» (se admite: " + COLUMNS + ", "
                            + VALUES + ", " + DATES + ", " + SHEET + ", " + AliasFile.SECTION + ")",
                            "unknown section «" + section + "» (allowed: " + COLUMNS + ", " + VALUES + ", " + DATES + ", "
                            + SHEET + ", " + AliasFile.SECTION + ")");
                }
            }
        }
        return new ColumnMap(columns, headers, values, order, sheet, name);
    }

    private static void readColumns(JsonParser p, JsonToken value, String name, JsonLocation at,
                                    Map<String, Optional<RosterColumn>> columns, Map<String, String> headers) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_OBJECT) {
            throw problem(name, at, "«columnas» debe dar, para cada columna, «cabecera: campo»",
                    "«columnas» must give «header: field» for each column");
        }
        Map<String, RosterColumn> claimed = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String header = p.currentName().strip();
            JsonLocation line = p.currentLocation();
            JsonToken token = p.nextToken();
            String written = token == JsonToken.VALUE_NULL ? "" : text(p, token, name, line, header);
            String key = SheetWords.key(header);
            if (columns.containsKey(key)) {
                throw problem(name, line, "la columna «" + header + "» aparece dos veces", "the column «" + header + "» appears twice");
            }
            Optional<RosterColumn> field = field(written);
            if (field == null) {
                throw problem(name, line, "«" + header + "»: campo desconocido «" + written + "» (se admite: "
                        + RosterColumn.allHeaders() + " o " + IGNORE + ")", "«" + header + "»: unknown field «" + written
                        + "» (allowed: " + RosterColumn.allHeaders() + " or " + IGNORE + ")");
            }
            if (field.isPresent()) {
                String other = claimed.entrySet().stream().filter(e -> e.getValue() == field.get()).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
                if (other != null) {
                    throw problem(name, line, "«" + header + "» y «" + other + "» dicen ambas " + field.get().header()
                            + ": deje una y ponga «" + IGNORE + "» en la otra", "«" + header + "» and «" + other
                            + "» both say " + field.get().header() + ": keep one and write «" + IGNORE + "» for the other");
                }
                claimed.put(header, field.get());
            }
            columns.put(key, field);
            headers.put(key, header);
        }
    }

    /** The field a map names: a contract column, a case path or «ignorar» (empty); {@code null} when it names none. */
    private static Optional<RosterColumn> field(String written) {
        String w = written.strip();
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || lower.equals(IGNORE) || lower.equals("ignore") || w.equals("-")) {
            return Optional.empty();
        }
        RosterColumn c = RosterColumn.ofHeader(w);
        if (c == null) {
            c = RosterColumn.ofJsonPath(w);
            if (c == RosterColumn.CHARGES && !w.equals("charges")) {
                c = null;
            }
        }
        return c == null ? null : Optional.of(c);
    }

    private static void readValues(JsonParser p, JsonToken value, String name, JsonLocation at,
                                   Map<RosterColumn, Map<String, String>> values) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_OBJECT) {
            throw problem(name, at, "«valores» debe dar, por campo, «palabra: valor»", "«valores» must give «word: value» per field");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String fieldName = p.currentName().strip();
            JsonLocation line = p.currentLocation();
            JsonToken words = p.nextToken();
            Optional<RosterColumn> field = field(fieldName);
            if (field == null || field.isEmpty()) {
                throw problem(name, line, "«valores»: campo desconocido «" + fieldName + "»",
                        "«valores»: unknown field «" + fieldName + "»");
            }
            RosterColumn column = field.get();
            if (words == JsonToken.VALUE_NULL) {
                continue;
            }
            if (words != JsonToken.START_OBJECT) {
                throw problem(name, line, "«" + fieldName + "» debe dar «palabra: valor»", "«" + fieldName + "» must give «word: value»");
            }
            Map<String, String> meanings = values.computeIfAbsent(column, c -> new LinkedHashMap<>());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String word = p.currentName();
                JsonLocation wordAt = p.currentLocation();
                JsonToken meant = p.nextToken();
                String written = meant == JsonToken.VALUE_NULL ? "" : meant == JsonToken.VALUE_TRUE ? "sí"
                        : meant == JsonToken.VALUE_FALSE ? "no" : text(p, meant, name, wordAt, word);
                if (written.isBlank()) {
                    continue; // still to decide: the cell is read as written
                }
                String contract = ValueWords.contractWord(column, written);
                if (contract == null) {
                    throw problem(name, wordAt, "«" + word + "»: «" + written + "» no es un valor de " + column.header()
                            + " (se admite: " + ValueWords.allowedWords(column) + ")", "«" + word + "»: «" + written
                            + "» is not a value of " + column.header() + " (allowed: " + ValueWords.allowedWords(column) + ")");
                }
                meanings.put(SheetWords.key(word), contract);
            }
        }
    }

    private static DateOrder readOrder(JsonParser p, JsonToken value, String name, JsonLocation at) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        String written = text(p, value, name, at, DATES);
        DateOrder order = DateOrder.parse(written);
        if (order == null) {
            throw problem(name, at, "«fechas: " + written + "»: orden desconocido (se admite: " + DateOrder.allowed() + ")",
                    "«fechas: " + written + "»: unknown order (allowed: " + DateOrder.allowed() + ")");
        }
        return order;
    }

    private static String text(JsonParser p, JsonToken token, String name, JsonLocation at, String what) throws IOException {
        if (!token.isScalarValue()) {
            throw problem(name, at, "«" + what + "»: se espera un texto", "«" + what + "»: a text is expected");
        }
        return p.getText().strip();
    }

    private static ColumnMapException problem(String name, JsonLocation at, String es, String en) {
        String where = name + ":" + at.getLineNr() + ": ";
        return new ColumnMapException(where + es, where + en);
    }

    private static ColumnMapException invalidYaml(String name, IOException e) {
        String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return new ColumnMapException(name + ": no es un YAML válido (" + why + ")", name + ": not valid YAML (" + why + ")");
    }
}
