package org.amnistia.offense;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An NGO's own names for charges, written once and used on every run ({@code --aliases FILE}):
 * a YAML file whose {@code cargos:} section maps a charge text, as the NGO's sheets write it, to a
 * catalogue code. A text with no code yet ({@code ""}) is skipped: that is how the file that
 * {@code batch --unrecognised-out} writes comes, ready to be filled in.
 * <pre>
 * cargos:
 *   "Cierre de calle": OBSTACULIZACION_VIAS
 *   "Robo de ganado": ""        # still to classify
 * </pre>
 * Every problem names the file and line: an unknown code (with the closest codes), a text that is
 * already another code's alias, a section other than {@code cargos}.
 */
public final class AliasFile {

    /** The section of the file this class reads. */
    public static final String SECTION = "cargos";

    /**
     * The sections of an NGO's column map, which share the file ({@code --columns} and {@code --aliases}
     * may name the same one): read by {@code org.amnistia.roster.ColumnMapFile}, skipped here.
     */
    public static final Set<String> COLUMN_MAP_SECTIONS = Set.of("columnas", "valores", "fechas", "hoja");

    private static final YAMLFactory YAML = new YAMLFactory();

    /** One text to classify, for {@link #write}: how many rows hold it and the closest codes. */
    public record Unclassified(String text, long rows, List<Offense> closest) {
    }

    private AliasFile() {
    }

    /** The catalogue with the file's names added. */
    public static OffenseCatalog apply(OffenseCatalog catalog, Path file) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(in, file.toString(), names, lines);
        } catch (NoSuchFileException e) {
            throw new AliasFileException(file + ": el archivo no existe", file + ": no such file");
        } catch (IOException e) {
            throw invalidYaml(file.toString(), e);
        }
        return apply(catalog, file.toString(), names, lines);
    }

    /** The catalogue with the names of a file held as text ({@code name} names it in messages), e.g. one the page sent. */
    public static OffenseCatalog apply(OffenseCatalog catalog, String text, String name) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        try {
            read(new StringReader(text), name, names, lines);
        } catch (IOException e) {
            throw invalidYaml(name, e);
        }
        return apply(catalog, name, names, lines);
    }

    private static OffenseCatalog apply(OffenseCatalog catalog, String file, Map<String, String> names,
                                        Map<String, Integer> lines) {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String text = e.getKey();
            String code = e.getValue();
            String where = file + ":" + lines.get(text) + ": «" + text + "»: ";
            if (catalog.byCode(code).isEmpty()) {
                String closest = String.join(", ", closestCodes(catalog, code));
                throw new AliasFileException(where + "código desconocido «" + code + "» ("
                        + (closest.isEmpty() ? "" : "¿quiso decir " + closest + "? ") + "«amnistia delitos» los lista)",
                        where + "unknown code «" + code + "» (" + (closest.isEmpty() ? "" : "did you mean " + closest
                                + "? ") + "«amnistia delitos» lists them)");
            }
            ChargeText reduced = ChargeText.of(text);
            if (reduced.text().isEmpty()) {
                throw new AliasFileException(where + "el texto no tiene palabras propias de un delito",
                        where + "the text has no words that name an offence");
            }
            Offense owner = catalog.aliasOwner(reduced);
            if (owner != null && !owner.code().equals(code)) {
                throw new AliasFileException(where + "ya es un nombre de " + owner.code()
                        + " en el catálogo; no puede ser también " + code, where + "is already a name of "
                        + owner.code() + " in the catalogue; it cannot also be " + code);
            }
            byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(reduced.text());
        }
        try {
            return catalog.withAliases(byCode);
        } catch (IllegalArgumentException e) {
            throw new AliasFileException(file + ": " + e.getMessage(), file + ": " + e.getMessage());
        }
    }

    /** Writes the texts to classify as an alias file with an empty code each, most frequent first. */
    public static void write(Writer out, List<Unclassified> texts, String roster) throws IOException {
        out.write("# Cargos que el catálogo no reconoció en " + roster + ", los más frecuentes primero.\n");
        out.write("# Escriba el código de cada uno («amnistia delitos» lista los códigos; «amnistia delitos TEXTO»\n");
        out.write("# explica un texto) y use este archivo con --aliases. Un texto sin código se ignora.\n");
        out.write("# Charges the catalogue did not recognise in " + roster + ", most frequent first. Write each\n");
        out.write("# one's catalogue code and pass this file with --aliases. A text with no code is skipped.\n");
        out.write(SECTION + ":\n");
        for (Unclassified u : texts) {
            StringBuilder note = new StringBuilder("  # " + u.rows() + (u.rows() == 1 ? " fila" : " filas"));
            if (!u.closest().isEmpty()) {
                note.append("; ¿quiso decir ");
                for (int i = 0; i < u.closest().size(); i++) {
                    Offense o = u.closest().get(i);
                    note.append(i == 0 ? "" : " o ").append(o.code()).append(" (").append(o.name()).append(')');
                }
                note.append('?');
            }
            out.write(note.append('\n').toString());
            out.write("  " + quoted(u.text()) + ": \"\"\n");
        }
    }

    private static void read(Reader in, String file, Map<String, String> names, Map<String, Integer> lines)
            throws IOException {
        try (JsonParser p = YAML.createParser(in)) {
            if (p.nextToken() == null) {
                return; // an empty file adds nothing
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw problem(file, p.currentLocation(), "se espera una sección «" + SECTION + ":»",
                        "a «" + SECTION + ":» section is expected");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                JsonLocation at = p.currentLocation();
                JsonToken value = p.nextToken();
                if (COLUMN_MAP_SECTIONS.contains(section)) {
                    p.skipChildren();
                    continue;
                }
                if (!SECTION.equals(section)) {
                    String allowed = SECTION + ", " + String.join(", ", new TreeSet<>(COLUMN_MAP_SECTIONS));
                    throw problem(file, at, "sección desconocida «" + section + "» (se admite: " + allowed + ")",
                            "unknown section «" + section + "» (allowed: " + allowed + ")");
                }
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (value != JsonToken.START_OBJECT) {
                    throw problem(file, at, "«" + SECTION + "» debe ser una lista de «texto: CÓDIGO»",
                            "«" + SECTION + "» must map each «text: CODE»");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String text = p.currentName().strip();
                    JsonLocation line = p.currentLocation();
                    JsonToken code = p.nextToken();
                    if (code != JsonToken.VALUE_STRING && code != JsonToken.VALUE_NULL) {
                        throw problem(file, line, "«" + text + "»: el código debe ser un texto, p. ej. TERRORISMO",
                                "«" + text + "»: the code must be a text, e.g. TERRORISMO");
                    }
                    String c = code == JsonToken.VALUE_NULL ? "" : p.getText().strip();
                    if (names.containsKey(text)) {
                        throw problem(file, line, "«" + text + "» aparece dos veces", "«" + text + "» appears twice");
                    }
                    if (!c.isEmpty()) {
                        names.put(text, c);
                        lines.put(text, line.getLineNr());
                    }
                }
            }
        }
    }

    private static AliasFileException invalidYaml(String file, IOException e) {
        String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return new AliasFileException(file + ": no es un YAML válido (" + why + ")", file + ": not valid YAML (" + why + ")");
    }

    private static AliasFileException problem(String file, JsonLocation at, String es, String en) {
        String where = file + ":" + at.getLineNr() + ": ";
        return new AliasFileException(where + es, where + en);
    }

    /** The codes a mistyped one most likely means: read as words, as a charge text is. */
    private static List<String> closestCodes(OffenseCatalog catalog, String code) {
        Recognition r = catalog.recognise(code.replace('_', ' '));
        return switch (r.status()) {
            case RECOGNISED -> List.of(r.offense().code());
            case AMBIGUOUS -> r.candidateCodes();
            case UNRECOGNISED -> r.closest().stream().map(Offense::code).toList();
        };
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
