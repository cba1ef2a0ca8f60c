package org.amnistia.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads cases from JSON strictly: an unknown field, a string where a boolean belongs, an impossible
 * date or a key written twice is an {@link InvalidCaseException} naming the field path. Every error
 * says how to fix it, in Spanish and English: a syntax error gives its line and column and what is
 * wrong in plain words ({@link JsonErrors}), an unknown field the one it most likely meant
 * ({@link FieldNames}), a date in another order the ISO date ({@link DateHints}), an unknown value
 * the accepted ones. {@code person.location}, {@code proceeding.stage} and {@code request.by} also take
 * their Spanish names ({@link CaseEnums}).
 */
public final class CaseJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule().addDeserializer(PartialDate.class, new PartialDateDeserializer())
                    .addDeserializer(CaseFile.Stage.class, new SynonymDeserializer<>(CaseFile.Stage.class))
                    .addDeserializer(CaseFile.Location.class, new SynonymDeserializer<>(CaseFile.Location.class))
                    .addDeserializer(CaseFile.RequestBy.class, new SynonymDeserializer<>(CaseFile.RequestBy.class))
                    // Days are written as ISO text (2024-07-30), as cases give them.
                    .addSerializer(LocalDate.class, ToStringSerializer.instance))
            .withCoercionConfig(LogicalType.Boolean, cfg -> cfg.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, cfg -> cfg.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /**
     * Reads the text of a case or a roster line: a key written twice in one object is an error (by
     * default the last one would silently win, while a person reading the file sees the first).
     * Checked as the tree is built, which costs nothing measurable; the parser's
     * {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION} refuses the same texts but added about 12%
     * to the parsing of a roster line (1,472 against 1,311 ns). Where both keys are written is found
     * by reading the text again, only when it has one ({@link JsonErrors#duplicate}).
     */
    private static final ObjectReader CASE_READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** A value quoted in a message is cut to this many characters. */
    private static final int QUOTE_MAX = 40;

    private CaseJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Any value as indented JSON (summaries, the encoded law). */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text of a case's bytes, which JSON says are UTF-8: a byte that is not valid UTF-8 is an
     * {@link InvalidCaseException} naming it and its offset (from 0), never read as a replacement
     * character (an id must come back as written).
     */
    public static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            String b = String.format("0x%02X", bytes[at] & 0xFF);
            throw new InvalidCaseException("",
                    "el byte " + b + " en la posición " + at + " (contando desde 0) no es UTF-8 válido: un caso en JSON "
                            + "se escribe en UTF-8; guárdelo de nuevo en UTF-8",
                    "byte " + b + " at offset " + at + " (from 0) is not valid UTF-8: a case in JSON is written in UTF-8; "
                            + "save it again as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * Parses and validates one case from the JSON text of a file or request body. A leading byte-order
     * mark is skipped. An error on a field of a text of several lines starts with the field's line.
     */
    public static CaseFile parse(String json) {
        String text = json == null ? "" : json;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw JsonErrors.empty();
        }
        JsonNode node;
        try {
            node = CASE_READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw JsonErrors.syntax(e, text, JsonErrors.Source.FILE);
        }
        if (node == null || !node.isObject()) {
            throw JsonErrors.notAnObject(node, JsonErrors.Source.FILE);
        }
        try {
            return fromTree(node);
        } catch (InvalidCaseException e) {
            throw withLine(e, text);
        }
    }

    /**
     * Parses one line of a JSONL roster into a JSON object, for {@link #fromTree}: a line that is not
     * well-formed JSON, has a key twice or is not an object is an {@link InvalidCaseException} that
     * gives the column and never the line's content (field empty, or the repeated key's path).
     */
    public static JsonNode readLine(String line) {
        JsonNode node;
        try {
            node = CASE_READER.readTree(line);
        } catch (JsonProcessingException e) {
            throw JsonErrors.syntax(e, line, JsonErrors.Source.LINE);
        }
        if (node == null || !node.isObject()) {
            throw JsonErrors.notAnObject(node, JsonErrors.Source.LINE);
        }
        return node;
    }

    /** Converts an already parsed JSON value (e.g. one JSONL line) into a validated case. */
    public static CaseFile fromTree(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw JsonErrors.notAnObject(node, JsonErrors.Source.LINE);
        }
        try {
            return CaseValidator.validate(MAPPER.treeToValue(node, CaseFile.class));
        } catch (UnrecognizedPropertyException e) {
            throw unknownField(path(e));
        } catch (JsonMappingException e) {
            throw mappingError(e);
        } catch (IOException e) {
            throw new InvalidCaseException("", "el caso no se puede leer", "the case cannot be read");
        }
    }

    /** The same error, preceded by the line where its field is written when the text has several. */
    private static InvalidCaseException withLine(InvalidCaseException e, String text) {
        if (e.field().isEmpty() || text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return e;
        }
        int line = JsonErrors.lineOf(text, e.field());
        return line <= 0 ? e
                : new InvalidCaseException(e.field(), "línea " + line + ": " + e.es(), "line " + line + ": " + e.en());
    }

    /** An unknown field: the one it most likely meant, or else the fields its object takes. */
    private static InvalidCaseException unknownField(String path) {
        String meant = FieldNames.suggest(path);
        if (meant != null) {
            String from = FieldNames.parentOf(path).replaceAll("\\[\\d+]", "[]");
            String to = FieldNames.parentOf(meant).replaceAll("\\[\\d+]", "[]");
            String moveEs = "";
            String moveEn = "";
            if (!from.equals(to)) {
                String shown = FieldNames.parentOf(meant);
                moveEs = to.isEmpty() ? " (va en el primer nivel del caso)" : " (va dentro de «" + shown + "»)";
                moveEn = to.isEmpty() ? " (it goes at the top level of the case)" : " (it goes inside «" + shown + "»)";
            }
            return new InvalidCaseException(path, "campo desconocido «" + path + "»: ¿quiso decir «" + meant + "»?" + moveEs,
                    "unknown field «" + path + "»: did you mean «" + meant + "»?" + moveEn);
        }
        String parent = FieldNames.parentOf(path);
        String fields = String.join(", ", FieldNames.fieldsOf(parent));
        if (fields.isEmpty()) {
            return new InvalidCaseException(path, "campo desconocido «" + path + "»", "unknown field «" + path + "»");
        }
        return new InvalidCaseException(path,
                "campo desconocido «" + path + "» (" + (parent.isEmpty() ? "el caso" : parent) + " admite: " + fields + ")",
                "unknown field «" + path + "» (" + (parent.isEmpty() ? "a case" : parent) + " takes: " + fields + ")");
    }

    private static InvalidCaseException mappingError(JsonMappingException e) {
        String path = path(e);
        if (e.getCause() instanceof InvalidCaseException bad) {
            return bad.at(path);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return enumError(format.getTargetType(), String.valueOf(format.getValue())).at(path);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(path, mismatch.getTargetType(), e.getProcessor() instanceof JsonParser p ? p.currentToken() : null);
        }
        return new InvalidCaseException(path, "valor no admitido", "value not allowed");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static InvalidCaseException enumError(Class<?> type, String value) {
        return CaseEnums.unknown((Class) type, value, shorten(value));
    }

    /** A value of the wrong type at {@code path}: what belongs there, with an example when it helps. */
    private static InvalidCaseException expected(String path, Class<?> type, JsonToken found) {
        if (type == Boolean.class || type == boolean.class) {
            if (found == JsonToken.VALUE_STRING) {
                return new InvalidCaseException(path, "se esperaba true o false, sin comillas (un sí se escribe true; un no, false)",
                        "expected true or false, without quotes (a yes is written true; a no, false)");
            }
            if (found == JsonToken.VALUE_NUMBER_INT || found == JsonToken.VALUE_NUMBER_FLOAT) {
                return new InvalidCaseException(path, "se esperaba true o false, no un número", "expected true or false, not a number");
            }
            return new InvalidCaseException(path, "se esperaba true o false", "expected true or false");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return new InvalidCaseException(path, "se esperaba un número, sin comillas (como 8 o 8.5)",
                    "expected a number, without quotes (like 8 or 8.5)");
        }
        if (type == String.class) {
            return new InvalidCaseException(path, "se esperaba un texto entre comillas dobles", "expected a string in double quotes");
        }
        if (List.class.isAssignableFrom(type)) {
            return new InvalidCaseException(path, "se esperaba una lista [ … ], como [{\"offense\": \"TERRORISMO\"}] ([] si no hay ninguno)",
                    "expected a list [ … ], like [{\"offense\": \"TERRORISMO\"}] ([] when there is none)");
        }
        if (path.matches("charges\\[\\d+]")) {
            return new InvalidCaseException(path, "cada cargo es un objeto como {\"offense\": \"TERRORISMO\"}, no un texto suelto",
                    "each charge is an object like {\"offense\": \"TERRORISMO\"}, not a bare string");
        }
        String fields = String.join(", ", FieldNames.fieldsOf(path));
        return new InvalidCaseException(path, "se esperaba un objeto { … }" + (fields.isEmpty() ? "" : " con los campos " + fields),
                "expected an object { … }" + (fields.isEmpty() ? "" : " with the fields " + fields));
    }

    private static String shorten(String v) {
        return v.length() <= QUOTE_MAX ? v : v.substring(0, QUOTE_MAX) + "…";
    }

    /** Turns Jackson's reference path into {@code conduct.from} or {@code charges[0].offense}. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static final class PartialDateDeserializer extends JsonDeserializer<PartialDate> {
        @Override
        public PartialDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                throw MismatchedInputException.from(p, PartialDate.class, "expected a date");
            }
            return PartialDate.parse(p.getText()); // a string, or a bare year like 2024
        }
    }

    /** An enum written as its constant in any case or as a Spanish synonym ({@link CaseEnums}); a string only. */
    private static final class SynonymDeserializer<E extends Enum<E>> extends JsonDeserializer<E> {

        private final Class<E> type;

        SynonymDeserializer(Class<E> type) {
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw CaseEnums.notText(type);
            }
            String text = p.getText();
            E value = CaseEnums.parse(type, text);
            if (value == null) {
                throw CaseEnums.unknown(type, text, shorten(text));
            }
            return value;
        }
    }
}
