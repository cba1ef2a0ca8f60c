package org.amnistia.bench;

import org.amnistia.web.WebServer;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * The page's answer: {@code POST /api/check} over one keep-alive connection, as a browser calls
 * it, against the server in this JVM; after a warm-up, the median and the 99th percentile.
 */
public final class KeepAliveBenchmark {

    /** Milliseconds per call. */
    public record Result(double p50Millis, double p99Millis, int calls) {
    }

    private static final String CASE = """
            {"id": "pagina", "conduct": {"from": "2024-07-30", "political": true, "ceased": true},
             "charges": [{"offense": "TERRORISMO"}]}""";

    private KeepAliveBenchmark() {
    }

    public static Result run(int calls) throws IOException, InterruptedException {
        try (WebServer server = WebServer.start("127.0.0.1", 0)) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/api/check"))
                    .POST(HttpRequest.BodyPublishers.ofString(CASE)).header("Content-Type", "application/json").build();
            for (int i = 0; i < Math.max(100, calls / 2); i++) {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            }
            double[] millis = new double[calls];
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                millis[i] = (System.nanoTime() - t0) / 1e6;
                if (r.statusCode() != 200) {
                    throw new IOException("/api/check answered " + r.statusCode());
                }
            }
            Arrays.sort(millis);
            return new Result(millis[calls / 2], millis[Math.min(calls - 1, (int) Math.ceil(calls * 0.99) - 1)], calls);
        }
    }
}
