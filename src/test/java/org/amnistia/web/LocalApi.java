package org.amnistia.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Test support: the server on an ephemeral loopback port, and the requests the API tests send it. */
final class LocalApi implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final WebServer server;

    private LocalApi(WebServer server) {
        this.server = server;
    }

    static LocalApi start() throws IOException {
        return new LocalApi(WebServer.start("127.0.0.1", 0));
    }

    URI uri() {
        return server.uri();
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return send(path, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return send(path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return CaseJson.mapper().readTree(response.body());
    }

    private HttpResponse<String> send(String path, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).header("Content-Type", contentType)
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
