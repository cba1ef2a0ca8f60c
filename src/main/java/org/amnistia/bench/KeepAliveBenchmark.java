package org.amnistia.bench;

import org.amnistia.web.WebServer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The page's answer: {@code POST /api/check} over one keep-alive connection, as a browser calls
 * it, against the server in this JVM; after a warm-up, the median and the 99th percentile.
 * <p>The client writes each request and reads its answer on one socket, on the measuring thread,
 * as a browser's network stack does outside the JVM. The JDK's {@code HttpClient} hands every call
 * to a selector thread and back, which on two shared cores added about 0.5 ms to the median and
 * 2 ms to the 99th percentile of the server it measured (docs/rendimiento.md).
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

    public static Result run(int calls) throws IOException {
        try (WebServer server = WebServer.start("127.0.0.1", 0);
             Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setTcpNoDelay(true);
            byte[] request = request(server.uri());
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int i = 0; i < Math.max(100, calls / 2); i++) {
                call(request, out, in);
            }
            double[] millis = new double[calls];
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                call(request, out, in);
                millis[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(millis);
            return new Result(millis[calls / 2], millis[Math.min(calls - 1, (int) Math.ceil(calls * 0.99) - 1)], calls);
        }
    }

    private static byte[] request(URI server) {
        byte[] body = CASE.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/check HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** One call: the request written, the whole answer read, refused unless it is a 200 with a length. */
    private static void call(byte[] request, OutputStream out, InputStream in) throws IOException {
        out.write(request);
        out.flush();
        String status = line(in);
        if (!status.startsWith("HTTP/1.1 200 ")) {
            throw new IOException("/api/check answered «" + status + "»");
        }
        int length = -1;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).strip());
            }
        }
        if (length < 0 || in.readNBytes(length).length != length) {
            throw new IOException("/api/check answered without a whole body of a stated length");
        }
    }

    /** A header line, without its CRLF. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
