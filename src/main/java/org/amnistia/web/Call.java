package org.amnistia.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import org.amnistia.casefile.CaseJson;
import org.amnistia.offense.OffenseCatalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request in flight: its query parameters, its body read up to a bound, and its one reply.
 * Every reply forbids caching and sniffing, and the page may load nothing from elsewhere.
 */
final class Call {

    /** An oversized body is read and discarded up to this much, so the client sees the 413; past it the connection is cut. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final HttpExchange exchange;
    private final Map<String, String> query;
    private final OffenseCatalog catalog;

    Call(HttpExchange exchange, OffenseCatalog catalog) {
        this.exchange = exchange;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.catalog = catalog;
    }

    /** The catalogue the server recognises charges in (the bundled one, or with {@code --aliases}). */
    OffenseCatalog catalog() {
        return catalog;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    /** A query parameter, or {@code null} when absent or empty. */
    String param(String name) {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The request's Content-Type without parameters, lower-case; empty when absent. */
    String contentType() {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    /** A request header, or {@code null} when absent. */
    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The request's Host header, or empty. */
    String host() {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host == null ? "" : host;
    }

    /** The whole body, at most {@code limit} bytes; more is a 413. */
    byte[] body(long limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        InputStream in = exchange.getRequestBody();
        if (declared != null && parseLong(declared) > limit) {
            drain(in);
            throw ApiException.tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > limit) {
                drain(in);
                throw ApiException.tooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    void sendJson(int status, JsonNode body) throws IOException {
        send(status, "application/json; charset=utf-8", CaseJson.mapper().writeValueAsBytes(body));
    }

    void send(int status, String contentType, byte[] body) throws IOException {
        headers(contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Starts a streamed 200 reply of unknown length; the caller writes and closes the stream. */
    OutputStream stream(String contentType) throws IOException {
        headers(contentType);
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    boolean replied() {
        return exchange.getResponseCode() != -1;
    }

    void close() {
        exchange.close();
    }

    private void headers(String contentType) {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
            total += n;
        }
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                params.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(key, "parámetro mal codificado", "badly encoded parameter");
            }
        }
        return params;
    }
}
