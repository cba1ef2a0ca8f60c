package org.amnistia.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.casefile.InvalidCaseException;

/**
 * A request the API refuses, answered as {@code {"error":{"field":…,"es":…,"en":…}}} with its
 * HTTP status (docs/spec/linea-de-ordenes.md, "API"). {@code field} names the case field, query parameter or CSV column
 * at fault, or is empty when the request as a whole is wrong.
 */
final class ApiException extends RuntimeException {

    private final int status;
    private final String field;
    private final String es;
    private final String en;

    ApiException(int status, String field, String es, String en) {
        super(status + " " + field + ": " + en);
        this.status = status;
        this.field = field == null ? "" : field;
        this.es = es;
        this.en = en;
    }

    static ApiException badRequest(String field, String es, String en) {
        return new ApiException(400, field, es, en);
    }

    static ApiException of(InvalidCaseException e) {
        return badRequest(e.field(), e.es(), e.en());
    }

    static ApiException tooLarge(long limit) {
        String mib = limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MiB" : limit + " bytes";
        return new ApiException(413, "", "el cuerpo de la petición supera " + mib,
                "the request body exceeds " + mib);
    }

    int status() {
        return status;
    }

    ObjectNode toJson() {
        ObjectNode root = CaseJson.mapper().createObjectNode();
        root.putObject("error").put("field", field).put("es", es).put("en", en);
        return root;
    }
}
