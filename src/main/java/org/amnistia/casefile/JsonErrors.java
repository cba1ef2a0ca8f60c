package org.amnistia.casefile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says, in plain Spanish and English, what is wrong with text that is not one well-formed JSON case
 * and where: a syntax error with its line and column, a key written twice with both places, an empty
 * file, a value that is not an object. Never Jackson's own words nor a class name, and never the
 * content of the text (it may hold a name): only its punctuation, field names and positions.
 */
final class JsonErrors {

    /** Where the text came from, which decides how a position is told. */
    enum Source {
        /** A case file or request body: «línea 3, columna 5». */
        FILE,
        /** One line of a JSONL roster (the reject already names the line): «columna 5». */
        LINE
    }

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('.*?' \\(code (\\d+)[^)]*\\)\\)(.*)", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);
    private static final Pattern CTRL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);

    private static final Set<String> TRUE_WORDS = Set.of("si", "yes", "verdadero", "cierto");
    private static final Set<String> FALSE_WORDS = Set.of("no", "falso");
    private static final Set<Integer> TYPOGRAPHIC_QUOTES = Set.of(0x201C, 0x201D, 0x201E, 0x2018, 0x2019, 0xAB, 0xBB, 0xB4, 0x60);

    private JsonErrors() {
    }

    static InvalidCaseException empty() {
        return new InvalidCaseException("",
                "el archivo está vacío: se espera un caso en JSON, un objeto como "
                        + "{\"id\": \"caso-1\", \"conduct\": {\"from\": \"2024-07-30\"}} (docs/spec/formato-caso.md)",
                "the file is empty: a case in JSON is expected, an object such as "
                        + "{\"id\": \"caso-1\", \"conduct\": {\"from\": \"2024-07-30\"}} (docs/spec/formato-caso.md)");
    }

    /** The text holds JSON, but not an object: says what it holds instead (never its content). */
    static InvalidCaseException notAnObject(JsonNode node, Source source) {
        String[] what = node == null || node.isMissingNode() ? new String[] {"nada", "nothing"}
                : node.isArray() ? new String[] {"una lista [ … ]", "a list [ … ]"}
                : node.isTextual() ? new String[] {"un texto", "a string"}
                : node.isNumber() ? new String[] {"un número", "a number"}
                : node.isBoolean() ? new String[] {"un valor true o false", "a true or false value"}
                : node.isNull() ? new String[] {"null", "null"}
                : new String[] {"otra cosa", "something else"};
        if (source == Source.LINE) {
            return new InvalidCaseException("", "la línea no es un objeto JSON { … } sino " + what[0] + ": cada línea es un caso",
                    "the line is not a JSON object { … } but " + what[1] + ": each line is one case");
        }
        String listEs = node != null && node.isArray()
                ? "; para varios casos use una nómina JSONL, un caso por línea (amnistia batch)" : "";
        String listEn = node != null && node.isArray()
                ? "; for several cases use a JSONL roster, one case per line (amnistia batch)" : "";
        return new InvalidCaseException("", "el caso debe ser un objeto JSON entre llaves { … }, y el archivo tiene " + what[0] + listEs,
                "the case must be a JSON object in braces { … }, and the file holds " + what[1] + listEn);
    }

    /** A text Jackson could not read as one JSON value: what is wrong and where. */
    static InvalidCaseException syntax(JsonProcessingException e, String text, Source source) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (DUPLICATE.matcher(message).matches()) {
            return duplicate(text, source, e);
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        String[] why = explain(e, message, text, source, line, column);
        String placeEs = place(source, line, column, true);
        String placeEn = place(source, line, column, false);
        if (source == Source.LINE) {
            return new InvalidCaseException("", "la línea no es JSON válido" + (placeEs.isEmpty() ? "" : " (" + placeEs + ")") + ": " + why[0],
                    "the line is not valid JSON" + (placeEn.isEmpty() ? "" : " (" + placeEn + ")") + ": " + why[1]);
        }
        return new InvalidCaseException("", "JSON mal formado" + (placeEs.isEmpty() ? "" : " en la " + placeEs) + ": " + why[0],
                "malformed JSON" + (placeEn.isEmpty() ? "" : " at " + placeEn) + ": " + why[1]);
    }

    /** «línea 3, columna 5» (a file) or «columna 5» (a line); empty when unknown. */
    private static String place(Source source, int line, int column, boolean es) {
        if (line <= 0 && column <= 0) {
            return "";
        }
        if (source == Source.LINE || line <= 0) {
            return (es ? "columna " : "column ") + column;
        }
        return (es ? "línea " : "line ") + line + (column > 0 ? (es ? ", columna " : ", column ") + column : "");
    }

    private static String[] explain(JsonProcessingException e, String message, String text, Source source, int line, int column) {
        JsonStreamContext context = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null;
        if (message.startsWith("Trailing token")) {
            return source == Source.LINE
                    ? new String[] {"después del objeto sigue más texto en la misma línea (un caso por línea)",
                        "more text follows the object on the same line (one case per line)"}
                    : new String[] {"después del caso sigue más texto; un archivo .json tiene un solo caso "
                        + "(para varios casos, use una nómina JSONL, un caso por línea: amnistia batch)",
                        "more text follows the case; a .json file holds exactly one case "
                        + "(for several cases use a JSONL roster, one case per line: amnistia batch)"};
        }
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            if (message.contains("closing quote") || message.contains("VALUE_STRING") || message.contains("field name")) {
                return new String[] {"el texto se acaba dentro de unas comillas: falta la comilla de cierre «\"»",
                    "the text ends inside quotes: the closing quote «\"» is missing"};
            }
            return unclosed(context, source);
        }
        Matcher m = CLOSE.matcher(message);
        if (m.matches()) {
            String opened = m.group(2).equals("}") ? "{" : "[";
            String where = context == null ? "" : opened(context, source);
            return new String[] {
                "se cierra con «" + m.group(1) + "» lo que se abrió con «" + opened + "»" + where(where, true)
                    + ": se esperaba «" + m.group(2) + "»",
                "«" + m.group(1) + "» closes what was opened with «" + opened + "»" + where(where, false)
                    + ": «" + m.group(2) + "» was expected"};
        }
        if (message.startsWith("Unexpected close marker '") && message.length() > "Unexpected close marker '".length()) {
            char extra = message.charAt("Unexpected close marker '".length());
            return new String[] {"sobra un «" + extra + "»: todo lo abierto ya estaba cerrado",
                "an extra «" + extra + "»: everything opened was already closed"};
        }
        m = UNEXPECTED.matcher(message);
        if (m.matches()) {
            return unexpected(Integer.parseInt(m.group(1)), m.group(2), text, line, column);
        }
        m = UNRECOGNIZED.matcher(message);
        if (m.matches()) {
            return bareWord(m.group(1));
        }
        m = CTRL.matcher(message);
        if (m.matches()) {
            int code = Integer.parseInt(m.group(1));
            if (code == 10 || code == 13) {
                return new String[] {"un texto entre comillas no puede seguir en la línea siguiente: cierre las comillas "
                    + "en la misma línea (un salto de línea dentro de un texto se escribe \\n)",
                    "a quoted string cannot run on to the next line: close the quotes on the same line "
                    + "(a line break inside a string is written \\n)"};
            }
            if (code == 9) {
                return new String[] {"un tabulador dentro de un texto se escribe \\t", "a tab inside a string is written \\t"};
            }
            return new String[] {"hay un carácter de control dentro de un texto", "there is a control character inside a string"};
        }
        if (message.startsWith("Unrecognized character escape")) {
            return new String[] {"una barra invertida «\\» dentro de un texto se escribe doble, «\\\\» (por ejemplo en una ruta)",
                "a backslash «\\» inside a string is written twice, «\\\\» (for example in a path)"};
        }
        if (message.contains("Leading zeroes")) {
            return new String[] {"un número no empieza con 0 (escriba 8, no 08; una fecha va entre comillas: \"2024-07-30\")",
                "a number does not start with 0 (write 8, not 08; a date goes in quotes: \"2024-07-30\")"};
        }
        if (message.contains("exceeds the maximum") || message.contains("exceeds the max")) {
            return new String[] {"el texto anida demasiados niveles o tiene un valor demasiado largo",
                "the text nests too deeply or holds a value that is too long"};
        }
        if (message.contains("numeric value") || message.contains("Numeric value")) {
            return new String[] {"un número mal escrito (se escribe como 8 o 8.5)", "a badly written number (written like 8 or 8.5)"};
        }
        return new String[] {"revise la puntuación en ese punto: comillas dobles, comas, dos puntos, llaves y corchetes",
            "check the punctuation at that point: double quotes, commas, colons, braces and brackets"};
    }

    /** The text ended with objects or lists still open: which, where the innermost opened, what closes them. */
    private static String[] unclosed(JsonStreamContext context, Source source) {
        StringBuilder closers = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            closers.append(c.inObject() ? '}' : ']');
        }
        if (closers.length() == 0) {
            return new String[] {"el texto se acaba antes de tiempo", "the text ends too early"};
        }
        String opened = context.inObject() ? "{" : "[";
        String where = opened(context, source);
        String plural = closers.length() > 1 ? "faltan" : "falta";
        return new String[] {
            "el texto se acaba sin cerrar el «" + opened + "»" + (where.isEmpty() ? "" : " abierto") + where(where, true) + ": " + plural + " «" + closers + "» al final",
            "the text ends without closing the «" + opened + "»" + (where.isEmpty() ? "" : " opened") + where(where, false) + ": «" + closers + "» is missing at the end"};
    }

    /** Where the object or list of {@code context} was opened, as {@code "L:C"} (a file) or {@code ":C"} (a line); empty if unknown. */
    private static String opened(JsonStreamContext context, Source source) {
        JsonLocation start = context.startLocation(null);
        if (start == null || start.getColumnNr() <= 0) {
            return "";
        }
        return (source == Source.FILE && start.getLineNr() > 0 ? start.getLineNr() : "") + ":" + start.getColumnNr();
    }

    private static String where(String opened, boolean es) {
        if (opened.isEmpty()) {
            return "";
        }
        String[] lc = opened.split(":", -1);
        if (lc[0].isEmpty()) {
            return es ? " en la columna " + lc[1] : " at column " + lc[1];
        }
        return es ? " en la línea " + lc[0] + ", columna " + lc[1] : " at line " + lc[0] + ", column " + lc[1];
    }

    /** Jackson's «Unexpected character (… (code N)): REST», told by what the character is and what was expected. */
    private static String[] unexpected(int code, String rest, String text, int line, int column) {
        String shown = code >= 0x21 && code < 0x7F ? "«" + (char) code + "»" : null;
        if (code == '\'') {
            return new String[] {"los nombres y los textos van entre comillas dobles \"…\", no simples '…'",
                "names and strings take double quotes \"…\", not single quotes '…'"};
        }
        if (TYPOGRAPHIC_QUOTES.contains(code)) {
            return new String[] {"comillas tipográficas (“ ” o « »): JSON solo admite las comillas rectas \"…\" "
                + "(un procesador de textos las cambia; use un editor de texto plano)",
                "typographic quotes (“ ” or « »): JSON only takes straight quotes \"…\" "
                + "(a word processor changes them; use a plain-text editor)"};
        }
        if (code == 0xFEFF) {
            return new String[] {"hay una marca invisible de orden de bytes (BOM) en medio del texto",
                "there is an invisible byte-order mark (BOM) in the middle of the text"};
        }
        boolean afterDigit = afterDigit(text, line, column);
        if ((code == '/' || code == '-' || code == '.') && afterDigit) {
            return new String[] {"una fecha va entre comillas, como \"2024-07-30\"", "a date goes in quotes, like \"2024-07-30\""};
        }
        if (rest.contains("comment")) {
            return new String[] {"JSON no admite comentarios (// … , /* … */ ni # …): quítelos",
                "JSON allows no comments (// … , /* … */ or # …): remove them"};
        }
        if (rest.contains("double-quote to start field name")) {
            if (code == '}') {
                return new String[] {"sobra la coma antes de «}»: después del último campo no va coma",
                    "an extra comma before «}»: no comma goes after the last field"};
            }
            if (code == ',') {
                return new String[] {"sobra una coma (dos seguidas, o una al principio del objeto)",
                    "an extra comma (two in a row, or one at the start of the object)"};
            }
            return new String[] {"el nombre de cada campo va entre comillas dobles, como \"id\"",
                "every field name goes in double quotes, like \"id\""};
        }
        if (rest.contains("comma to separate Object entries")) {
            String previous = atLineStart(text, line, column) && line > 1 ? String.valueOf(line - 1) : null;
            return new String[] {"falta una coma «,» entre dos campos" + (previous == null ? "" : " (al final de la línea " + previous + ")"),
                "a comma «,» is missing between two fields" + (previous == null ? "" : " (at the end of line " + previous + ")")};
        }
        if (rest.contains("comma to separate Array entries")) {
            return new String[] {"falta una coma «,» entre dos elementos de la lista", "a comma «,» is missing between two items of the list"};
        }
        if (rest.contains("colon to separate field name and value")) {
            return new String[] {"falta «:» entre el nombre del campo y su valor", "«:» is missing between the field name and its value"};
        }
        if (rest.contains("expected a valid value") || rest.contains("expected a value")) {
            if (code == ']') {
                return new String[] {"sobra la coma antes de «]»: después del último elemento no va coma",
                    "an extra comma before «]»: no comma goes after the last item"};
            }
            if (code == '}' || code == ',') {
                return new String[] {"falta el valor después de «:»", "the value after «:» is missing"};
            }
            return new String[] {"se esperaba un valor: un texto entre comillas dobles, un número, true, false, null, una lista [ … ] o un objeto { … }",
                "a value was expected: a string in double quotes, a number, true, false, null, a list [ … ] or an object { … }"};
        }
        if (rest.contains("numeric value")) {
            return new String[] {"un número mal escrito (se escribe como 8 o 8.5)", "a badly written number (written like 8 or 8.5)"};
        }
        return new String[] {(shown == null ? "un carácter inesperado" : "un " + shown + " inesperado")
            + ": revise comillas, comas, dos puntos, llaves y corchetes en ese punto",
            (shown == null ? "an unexpected character" : "an unexpected " + shown)
            + ": check quotes, commas, colons, braces and brackets at that point"};
    }

    /** A bare word where a value belongs: a true/false in the wrong case, a Spanish yes/no, or a string without quotes. */
    private static String[] bareWord(String token) {
        String key = Words.key(token);
        if (key.equals("true") || key.equals("false") || key.equals("null")) {
            return new String[] {"true, false y null se escriben en minúsculas y sin comillas (escriba " + key + ")",
                "true, false and null are written in lower case without quotes (write " + key + ")"};
        }
        if (key.equals("none") || key.equals("nil") || key.equals("nan") || key.equals("infinity") || key.equals("undefined")) {
            return new String[] {"ese valor no existe en JSON: para un dato que no se sabe, quite el campo (o escriba null)",
                "that value does not exist in JSON: for an unknown fact leave the field out (or write null)"};
        }
        if (TRUE_WORDS.contains(key) || FALSE_WORDS.contains(key)) {
            String word = TRUE_WORDS.contains(key) ? "true" : "false";
            return new String[] {"un sí o un no se escribe true o false, en minúsculas y sin comillas (escriba " + word + ")",
                "a yes or a no is written true or false, in lower case without quotes (write " + word + ")"};
        }
        return new String[] {"falta abrir comillas: un texto va entre comillas dobles, \"así\"; sin comillas solo van "
            + "los números, true, false y null",
            "an opening quote is missing: a string goes in double quotes, \"like this\"; only numbers, true, false "
            + "and null go without"};
    }

    /** Whether the character at 1-based {@code line}:{@code column} of {@code text} follows a digit (a date without quotes). */
    private static boolean afterDigit(String text, int line, int column) {
        int offset = offset(text, line, column);
        return offset > 0 && offset <= text.length() && Character.isDigit(text.charAt(offset - 1));
    }

    /** Whether only blanks precede {@code line}:{@code column} on its line. */
    private static boolean atLineStart(String text, int line, int column) {
        int offset = offset(text, line, column);
        if (offset < 0) {
            return false;
        }
        for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The 0-based offset of a 1-based line and column, counting {@code \n}, {@code \r\n} and {@code \r} as Jackson does; -1 if out of range. */
    private static int offset(String text, int line, int column) {
        if (line <= 0 || column <= 0) {
            return -1;
        }
        int current = 1;
        int i = 0;
        while (current < line && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                current++;
            }
        }
        int offset = i + column - 1;
        return current == line && offset <= text.length() ? offset : -1;
    }

    /**
     * A key written twice in one object: names it by its path with both places, found by reading the
     * text again (the first place is not in Jackson's error).
     */
    static InvalidCaseException duplicate(String text, Source source, JsonProcessingException e) {
        String[] found = findDuplicate(text);
        String path;
        String placesEs;
        String placesEn;
        if (found != null) {
            path = found[0];
            int l1 = Integer.parseInt(found[1]);
            int c1 = Integer.parseInt(found[2]);
            int l2 = Integer.parseInt(found[3]);
            int c2 = Integer.parseInt(found[4]);
            if (source == Source.LINE) {
                placesEs = "columnas " + c1 + " y " + c2;
                placesEn = "columns " + c1 + " and " + c2;
            } else if (l1 == l2) {
                placesEs = "línea " + l1 + ", columnas " + c1 + " y " + c2;
                placesEn = "line " + l1 + ", columns " + c1 + " and " + c2;
            } else {
                placesEs = "líneas " + l1 + " y " + l2;
                placesEn = "lines " + l1 + " and " + l2;
            }
        } else {
            Matcher m = DUPLICATE.matcher(e == null || e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
            path = m.matches() ? m.group(1) : "";
            JsonLocation at = e == null ? null : e.getLocation();
            placesEs = at == null ? "" : place(source, at.getLineNr(), at.getColumnNr(), true);
            placesEn = at == null ? "" : place(source, at.getLineNr(), at.getColumnNr(), false);
        }
        return new InvalidCaseException(path,
                "la clave «" + path + "» está repetida" + (placesEs.isEmpty() ? "" : " (" + placesEs + ")")
                        + ": JSON no dice cuál vale (un programa toma la primera, otro la última) y el veredicto "
                        + "podría cambiar; deje una sola",
                "the key «" + path + "» is written twice" + (placesEn.isEmpty() ? "" : " (" + placesEn + ")")
                        + ": JSON does not say which one holds (one program takes the first, another the last) "
                        + "and the verdict could change; keep only one");
    }

    /** {@code {path, line1, column1, line2, column2}} of the first key repeated in one object, or {@code null}. */
    private static String[] findDuplicate(String text) {
        try (JsonParser p = CaseJson.mapper().getFactory().createParser(text)) {
            Deque<Map<String, JsonLocation>> seen = new ArrayDeque<>();
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    seen.push(new HashMap<>());
                } else if (t == JsonToken.END_OBJECT) {
                    seen.pop();
                } else if (t == JsonToken.FIELD_NAME && !seen.isEmpty()) {
                    JsonLocation here = p.currentTokenLocation();
                    JsonLocation first = seen.peek().putIfAbsent(p.currentName(), here);
                    if (first != null) {
                        return new String[] {path(p.getParsingContext()), String.valueOf(first.getLineNr()),
                            String.valueOf(first.getColumnNr()), String.valueOf(here.getLineNr()), String.valueOf(here.getColumnNr())};
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // malformed further on: the caller falls back to Jackson's position
        }
        return null;
    }

    /**
     * The line where {@code path} ({@code conduct.from}, {@code charges[1].offense}) is written in
     * {@code text}, or of its nearest enclosing field when it is not written (a missing field); -1 when
     * neither is found.
     */
    static int lineOf(String text, String path) {
        for (String p = path; !p.isEmpty(); p = enclosing(p)) {
            int line = lineOfExactly(text, p);
            if (line > 0) {
                return line;
            }
        }
        return -1;
    }

    private static String enclosing(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    private static int lineOfExactly(String text, String path) {
        try (JsonParser p = CaseJson.mapper().getFactory().createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext c = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                if (c != null && path.equals(path(c))) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not found
        }
        return -1;
    }

    /** {@code conduct.from} or {@code charges[0].offense}, from a parsing context up to the root. */
    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder out = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                out.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(c.getCurrentName());
            }
        }
        return out.toString();
    }
}
