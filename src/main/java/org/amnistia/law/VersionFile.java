package org.amnistia.law;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A version's {@code version.yaml}: {@code id}, {@code titulo}, {@code estado}, {@code fuente},
 * {@code fecha}, {@code base} and {@code deroga} (the names of the base's rules this version
 * repeals, one per item). Any other key is refused naming its line: a misspelt {@code derroga} would
 * otherwise repeal nothing, silently. So are an {@code estado} other than {@link #STATUSES} (a
 * proposal cannot call itself anything else) and a {@code fecha} that is not a calendar day
 * {@code AAAA-MM-DD} or {@code null}.
 */
record VersionFile(Map<String, String> fields, Map<String, Integer> lines, List<Repeal> repeals) {

    /** One name listed under {@code deroga}, with its line for messages. */
    record Repeal(String name, int line) {
    }

    static final List<String> KEYS = List.of("id", "titulo", "estado", "fuente", "fecha", "base", "deroga");

    /** What a version can be: an enacted law, a bill in the Assembly, or a proposal. */
    static final List<String> STATUSES = List.of("promulgada", "proyecto", "propuesta");

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final YAMLFactory YAML = new YAMLFactory();

    static VersionFile read(String label, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Repeal> repeals = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (JsonParser p = YAML.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new LawLoadException(label + ": no es un mapa de claves | is not a map of keys");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                JsonToken value = p.nextToken();
                lines.put(key, line);
                if (!KEYS.contains(key)) {
                    problems.add(label + ":" + line + ": clave desconocida «" + key + "» (conocidas: "
                            + String.join(", ", KEYS) + ")" + ClosestNames.hint(key, KEYS) + " | unknown key «" + key + "»");
                    p.skipChildren();
                } else if (key.equals("deroga")) {
                    repeals(label, p, value, line, repeals, problems);
                } else if (value.isStructStart()) {
                    problems.add(label + ":" + line + ": «" + key + "» es un texto, no una lista ni un mapa | «" + key
                            + "» is a text, not a list or a map");
                    p.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    fields.put(key, p.getValueAsString());
                }
            }
        } catch (IOException e) {
            throw new LawLoadException(label + ": " + DrlRules.oneLine(e.getMessage()), e);
        }
        values(label, fields, lines, problems);
        if (!problems.isEmpty()) {
            throw new LawLoadException(String.join("\n", problems));
        }
        return new VersionFile(fields, lines, List.copyOf(repeals));
    }

    private static void values(String label, Map<String, String> fields, Map<String, Integer> lines,
                               List<String> problems) {
        String status = fields.get("estado");
        if (status != null && !STATUSES.contains(status)) {
            problems.add(label + ":" + lines.get("estado") + ": estado «" + status + "»: es uno de "
                    + String.join(", ", STATUSES) + ClosestNames.hint(status, STATUSES) + " | estado «" + status
                    + "» is one of " + String.join(", ", STATUSES));
        }
        String date = fields.get("fecha");
        if (date != null && !isDay(date)) {
            problems.add(label + ":" + lines.get("fecha") + ": fecha «" + date + "»: no es un día del calendario "
                    + "AAAA-MM-DD (p. ej. 2026-02-19), ni null si la fuente no la da | fecha «" + date + "» is not a "
                    + "calendar day YYYY-MM-DD, nor null when the source does not give it");
        }
    }

    private static boolean isDay(String text) {
        if (!DAY.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void repeals(String label, JsonParser p, JsonToken value, int line, List<Repeal> out,
                                List<String> problems) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_ARRAY) {
            problems.add(label + ":" + line + ": «deroga» es una lista de nombres de reglas de la base, uno por línea "
                    + "(- \"Art. …\") | «deroga» is a list of the base's rule names, one per line");
            p.skipChildren();
            return;
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            int at = p.currentTokenLocation().getLineNr();
            if (t == JsonToken.VALUE_STRING) {
                out.add(new Repeal(p.getText(), at));
            } else {
                problems.add(label + ":" + at + ": cada elemento de «deroga» es el nombre de una regla | each item of "
                        + "«deroga» is a rule's name");
                p.skipChildren();
            }
        }
    }

    String get(String key) {
        return fields.get(key);
    }

    /** The line of {@code key}, or 0 when it is not there. */
    int line(String key) {
        return lines.getOrDefault(key, 0);
    }
}
