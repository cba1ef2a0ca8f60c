package org.amnistia.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a hostile neighbour does freezes the page or uses it from another page: slow clients
 * leave the rest served and are cut off, another origin, a preflight and a form-typed post are
 * refused, and a keep-alive client gets each answer without the delayed-acknowledgement stall.
 */
class WebServerHardeningTest {

    private static final String CASE = """
            {"id": "c", "conduct": {"from": "2024-07-30", "political": true, "ceased": true}, "charges": []}""";

    private static WebServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws IOException {
        server = WebServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String type, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(CASE)).header("Content-Type", type);
        if (origin != null) {
            b.header("Origin", origin);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ownOrigin() {
        URI u = server.uri();
        return "http://" + u.getHost() + ":" + u.getPort();
    }

    @Test
    void a_cross_origin_text_post_is_refused_and_the_pages_own_is_answered() throws Exception {
        assertThat(post("/api/check", "text/plain", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(post("/api/batch", "text/plain", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(post("/api/check", "application/json", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(post("/api/check", "application/json", ownOrigin()).statusCode()).isEqualTo(200);
    }

    @Test
    void an_api_post_of_a_type_a_form_sends_unasked_is_refused() throws Exception {
        HttpResponse<String> plain = post("/api/check", "text/plain", null);
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(plain.body()).contains("application/json");
        assertThat(post("/api/batch", "application/x-www-form-urlencoded", null).statusCode()).isEqualTo(415);
    }

    @Test
    void a_preflight_is_refused_so_no_other_page_may_post() throws Exception {
        HttpResponse<String> preflight = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/api/check"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void with_eight_slow_connections_held_open_a_check_is_still_answered_and_the_slow_ones_are_cut() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", server.uri().getPort()));
                OutputStream out = s.getOutputStream();
                out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush(); // …and never the blank line that ends the headers
                slow.add(s);
            }
            Thread.sleep(300); // the server has started reading each of them

            long t0 = System.nanoTime();
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/api/check"))
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(CASE))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("ELIGIBLE");
            assertThat(millis).as("a check answered beside eight slow clients, in ms").isLessThan(1000);

            // The server gives up on a request that does not arrive whole in time.
            Socket first = slow.get(0);
            first.setSoTimeout((WebServer.REQUEST_SECONDS + 5) * 1000);
            InputStream in = first.getInputStream();
            byte[] buffer = new byte[256];
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("a slow client was still held after " + (WebServer.REQUEST_SECONDS + 5) + " s");
            } catch (IOException reset) {
                read = -1; // cut off: as good as closed
            }
            assertThat(read == -1 || new String(Arrays.copyOf(buffer, Math.max(read, 0)), StandardCharsets.US_ASCII)
                    .startsWith("HTTP/1.1 4")).as("the slow request is closed or refused").isTrue();
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void one_address_cannot_hold_every_worker_with_requests_whose_body_never_comes() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < WebServer.PER_CLIENT + 1; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", server.uri().getPort()));
                s.getOutputStream().write(("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 500\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush(); // the headers are whole, the body never comes: a handler waits
                held.add(s);
            }
            // Whichever of them reaches the handlers last is refused: look for the 503 on all of them.
            String refused = null;
            for (int wait = 0; wait < 100 && refused == null; wait++) {
                Thread.sleep(50);
                for (Socket s : held) {
                    if (s.getInputStream().available() > 0) {
                        byte[] buffer = new byte[64];
                        int read = s.getInputStream().read(buffer);
                        refused = new String(buffer, 0, Math.max(read, 0), StandardCharsets.US_ASCII);
                        break;
                    }
                }
            }
            assertThat(refused).as("the request past the bound of one address").startsWith("HTTP/1.1 503");
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void a_keep_alive_client_gets_each_answer_without_waiting_for_its_own_acknowledgement() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/api/check"))
                .POST(HttpRequest.BodyPublishers.ofString(CASE)).header("Content-Type", "application/json").build();
        for (int i = 0; i < 20; i++) {
            CLIENT.send(request, HttpResponse.BodyHandlers.ofString()); // warm-up, one connection reused
        }
        long[] millis = new long[21];
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            assertThat(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(millis);
        // A reply that waits for a delayed acknowledgement takes 40 ms or more, every time.
        assertThat(millis[millis.length / 2]).as("median keep-alive answer, ms").isLessThan(30);
    }
}
