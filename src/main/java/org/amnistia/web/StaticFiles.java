package org.amnistia.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /} and its files, read once from {@code web/} in the jar. Only the files listed here
 * are served: no path from a request ever reaches the file system.
 */
final class StaticFiles implements Route {

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "style.css", "text/css; charset=utf-8",
            "i18n.js", "text/javascript; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "roster.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> files;

    private StaticFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    static StaticFiles bundled() {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : TYPES.keySet()) {
            try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream("web/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource web/" + name);
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new StaticFiles(Map.copyOf(files));
    }

    @Override
    public void handle(Call call) throws IOException {
        String name = "/".equals(call.path()) ? "index.html" : call.path().substring(1);
        byte[] body = files.get(name);
        if (body == null) {
            throw new ApiException(404, "", "no existe " + call.path(), "no such resource " + call.path());
        }
        call.send(200, TYPES.get(name), body);
    }
}
