package org.amnistia.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.offense.AliasFile;
import org.amnistia.offense.AliasFileException;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.roster.AnnotatedXlsxWriter;
import org.amnistia.roster.ColumnMap;
import org.amnistia.roster.ColumnMapException;
import org.amnistia.roster.ColumnMapFile;
import org.amnistia.roster.ConductDateNote;
import org.amnistia.roster.RejectsWriter;
import org.amnistia.roster.RosterFileException;
import org.amnistia.roster.RosterFormat;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRun;
import org.amnistia.roster.RosterSettings;
import org.amnistia.roster.RosterSummary;
import org.amnistia.roster.UnrecognisedCharges;
import org.amnistia.verdict.Verdict;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

/**
 * {@code POST /api/roster/evaluate?law=L&reading=R}: the page's roster evaluated on this machine.
 * In: {@code {"name": "lista.xlsx", "file": BASE64, "columns": YAML}} — the sheet (CSV, XLSX or
 * JSONL, at most 10 MiB) and its column map as the page shows it (the {@code columnas:} and
 * {@code valores:} sections, and {@code cargos:} for the NGO's own charge names; empty for none).
 * Out: {@code {"summary": …, "text": {es, en}, "sheet": {name, data}, "rejects": {name, data}}}: the
 * summary as {@code batch --summary} writes it and as it prints it, the annotated workbook
 * ({@code batch -o .xlsx}) and the rejects CSV, both in base64 for the page to offer as downloads.
 * A map or a roster that cannot be read is a 400 naming it. Nothing is kept.
 */
final class RosterSheetRoute implements Route {

    /** The roster's 10 MiB in base64, and its map. */
    static final long MAX_BODY = 15L * 1024 * 1024;

    @Override
    public void handle(Call call) throws IOException {
        Engine law = LawChoice.engine(call);
        Reading reading = LawChoice.reading(call);
        JsonNode request = request(call);
        String name = request.path("name").asText("nomina.csv");
        byte[] file = file(request);
        String map = request.path("columns").asText("");
        ColumnMap columns = columns(map);
        OffenseCatalog catalog = catalog(call.catalog(), map);
        Engine engine = law.withCatalog(catalog);
        RosterUpload upload = new RosterUpload(name, file);
        RosterSettings settings = new RosterSettings(columns, catalog, true);
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        ByteArrayOutputStream rejects = new ByteArrayOutputStream();
        RosterSummary summary;
        try (RosterReader reader = open(upload, settings)) {
            ConductDateNote note = ConductDateNote.of(reader.columns());
            List<String> header = reader.columns() == null ? List.of("id") : reader.columns().header();
            RosterRun<Verdict> run = RosterRun.with(() -> note == null ? engine.evaluator(reading)
                    : note.onEveryVerdict(engine.evaluator(reading))).threads(2)
                    .charges(new UnrecognisedCharges(catalog));
            try (RejectsWriter rejected = new RejectsWriter(rejects);
                 AnnotatedXlsxWriter out = new AnnotatedXlsxWriter(sheet, header, note)) {
                run.rejects(rejected);
                summary = run.run(reader, out);
            }
            summary.setColumns(reader.columns());
        }
        ObjectNode reply = CaseJson.mapper().createObjectNode();
        reply.set("summary", CaseJson.mapper().valueToTree(summary.toMap()));
        reply.putObject("text").put("es", summary.toText("es")).put("en", summary.toText("en"));
        reply.putObject("sheet").put("name", upload.stem() + "-veredictos.xlsx")
                .put("data", Base64.getEncoder().encodeToString(sheet.toByteArray()));
        reply.putObject("rejects").put("name", upload.stem() + "-rechazos.csv")
                .put("data", Base64.getEncoder().encodeToString(rejects.toByteArray()));
        call.sendJson(200, reply);
    }

    private static JsonNode request(Call call) throws IOException {
        byte[] body = call.body(MAX_BODY);
        try {
            JsonNode request = CaseJson.mapper().readTree(body);
            if (request == null || !request.isObject()) {
                throw ApiException.badRequest("", "se espera un objeto JSON con name, file y columns",
                        "a JSON object with name, file and columns is expected");
            }
            return request;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("", "el cuerpo no es JSON válido", "the body is not valid JSON");
        }
    }

    private static byte[] file(JsonNode request) {
        try {
            byte[] file = Base64.getDecoder().decode(request.path("file").asText(""));
            if (file.length == 0) {
                throw ApiException.badRequest("file", "falta el archivo de la nómina", "the roster file is missing");
            }
            if (file.length > BatchRoute.MAX_BODY) {
                throw ApiException.tooLarge(BatchRoute.MAX_BODY);
            }
            return file;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("file", "el archivo no viene en base64", "the file is not base64");
        }
    }

    private static ColumnMap columns(String map) {
        if (map.isBlank()) {
            return ColumnMap.NONE;
        }
        try {
            return ColumnMapFile.read(map, "mapa");
        } catch (ColumnMapException e) {
            throw ApiException.badRequest("columns", e.message("es"), e.message("en"));
        }
    }

    /** The server's catalogue with the map's {@code cargos:} names. */
    private static OffenseCatalog catalog(OffenseCatalog catalog, String map) {
        if (map.isBlank()) {
            return catalog;
        }
        try {
            return AliasFile.apply(catalog, map, "mapa");
        } catch (AliasFileException e) {
            throw ApiException.badRequest("columns", e.message("es"), e.message("en"));
        }
    }

    private static RosterReader open(RosterUpload upload, RosterSettings settings) throws IOException {
        try {
            return switch (upload.kind()) {
                case XLSX -> RosterReader.openWorkbook(new ByteArrayInputStream(upload.bytes()), upload.name(), settings);
                case JSONL -> RosterReader.open(new ByteArrayInputStream(upload.bytes()), RosterFormat.JSONL, upload.name(),
                        upload.bytes().length, settings);
                case CSV -> RosterReader.open(new ByteArrayInputStream(upload.bytes()), RosterFormat.CSV, upload.name(),
                        upload.bytes().length, settings);
            };
        } catch (RosterFileException e) {
            throw ApiException.badRequest(e.column() == null ? "file" : e.column(), e.es(), e.en());
        }
    }
}
