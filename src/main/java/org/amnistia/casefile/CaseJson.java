package org.amnistia.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.LocalDate;

/**
 * Reads cases from JSON strictly: an unknown field, a string where a boolean belongs or an
 * impossible date is an {@link InvalidCaseException} naming the field path.
 */
public final class CaseJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule().addDeserializer(PartialDate.class, new PartialDateDeserializer())
                    // Days are written as ISO text (2024-07-30), as cases give them.
                    .addSerializer(LocalDate.class, ToStringSerializer.instance))
            .withCoercionConfig(LogicalType.Boolean, cfg -> cfg.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, cfg -> cfg.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

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

    /** Parses and validates one case from JSON text. */
    public static CaseFile parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return fromTree(node);
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException("", "JSON mal formado: " + e.getOriginalMessage(),
                    "malformed JSON: " + e.getOriginalMessage());
        }
    }

    /** Converts an already parsed JSON value (e.g. one JSONL line) into a validated case. */
    public static CaseFile fromTree(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidCaseException("", "la línea no es un objeto JSON", "the line is not a JSON object");
        }
        try {
            return CaseValidator.validate(MAPPER.treeToValue(node, CaseFile.class));
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            throw new InvalidCaseException(path, "campo desconocido «" + path + "»", "unknown field «" + path + "»");
        } catch (JsonMappingException e) {
            throw mappingError(e);
        } catch (IOException e) {
            throw new InvalidCaseException("", e.getMessage(), e.getMessage());
        }
    }

    private static InvalidCaseException mappingError(JsonMappingException e) {
        String path = path(e);
        if (e.getCause() instanceof InvalidCaseException bad) {
            return bad.at(path);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            StringBuilder allowed = new StringBuilder();
            for (Object constant : format.getTargetType().getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(constant);
            }
            return new InvalidCaseException(path, "valor «" + format.getValue() + "» no admitido (se admite: "
                    + allowed + ")", "value «" + format.getValue() + "» not allowed (allowed: " + allowed + ")");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String type = describe(mismatch.getTargetType());
            return new InvalidCaseException(path, "se esperaba " + type.split("\\|")[0],
                    "expected " + type.split("\\|")[1]);
        }
        return new InvalidCaseException(path, e.getOriginalMessage(), e.getOriginalMessage());
    }

    private static String describe(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true o false|true or false";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "un número|a number";
        }
        if (type == String.class) {
            return "un texto|a string";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "una lista|a list";
        }
        return "un objeto|an object";
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
}
