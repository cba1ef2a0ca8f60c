package org.amnistia.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.amnistia.casefile.InvalidCaseException;
import org.amnistia.law.LawLoadException;
import org.amnistia.offense.OffenseCatalog;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local server: the page, its static files and the JSON API on one port. It logs nothing per
 * request (a request may carry a person's case). Every error is JSON; no stack trace leaves it.
 * <p>
 * No client can hold it: a request must arrive whole, line, headers and body, within
 * {@link #REQUEST_SECONDS} seconds, an idle keep-alive connection is closed after
 * {@link #IDLE_SECONDS}, the workers are many more than the cores, and one address may have at most
 * {@link #PER_CLIENT} requests in the handlers at once, so a few slow clients leave the rest served.
 * No other page can use it: a request whose {@code Origin} is not the page's own,
 * a preflight, or an API post of a type a cross-origin form can send unasked is refused.
 * Replies go out without waiting for the client's acknowledgement (TCP_NODELAY).
 */
public final class WebServer implements AutoCloseable {

    /** Time for a whole request (request line, headers and body) to arrive. */
    public static final int REQUEST_SECONDS = 10;
    /** Time an idle keep-alive connection is kept. */
    public static final int IDLE_SECONDS = 30;
    /** Workers: a slow client holds one until {@link #REQUEST_SECONDS} pass, so many more than cores. */
    static final int WORKERS = 32;
    /** Requests one address may have in the handlers at once: half the workers, so it can never take them all. */
    static final int PER_CLIENT = WORKERS / 2;

    static {
        // The JDK server reads these once, when its first instance is made.
        System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        System.setProperty("sun.net.httpserver.idleInterval", Integer.toString(IDLE_SECONDS));
        // Headers and body are written apart: without this each keep-alive reply waits ~40 ms for
        // the client's delayed acknowledgement (Nagle's algorithm).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    /** The types a page on another origin can post without asking first (no CORS preflight). */
    private static final Set<String> UNASKED_TYPES = Set.of("", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");

    private final HttpServer server;
    private final ExecutorService workers;
    private final Map<String, Route> routes;
    private final boolean loopbackOnly;
    /** Requests each client address has in the handlers now (PER_CLIENT at most); one counter per address seen. */
    private final Map<InetAddress, AtomicInteger> perClient = new ConcurrentHashMap<>();
    /** The catalogue charges are recognised in: the bundled one, or it with an NGO's names ({@code --aliases}). */
    private final OffenseCatalog catalog;

    private WebServer(HttpServer server, ExecutorService workers, boolean loopbackOnly, OffenseCatalog catalog) {
        this.server = server;
        this.catalog = catalog;
        this.workers = workers;
        this.loopbackOnly = loopbackOnly;
        StaticFiles page = StaticFiles.bundled();
        this.routes = Map.of(
                "POST /api/check", new CheckRoute(),
                "POST /api/batch", new BatchRoute(),
                "POST /api/roster/columns", new RosterColumnsRoute(),
                "POST /api/roster/evaluate", new RosterSheetRoute(),
                "GET /api/law", new LawRoute(),
                "GET /api/versions", LawRoute::versions,
                "GET /api/offenses", new OffensesRoute(),
                "GET /timeline.svg", new TimelineRoute(),
                "GET /", page);
        server.createContext("/", this::dispatch);
    }

    /** Binds {@code bind:port} ({@code port} 0: any free port) and starts serving, with the bundled catalogue. */
    public static WebServer start(String bind, int port) throws IOException {
        return start(bind, port, OffenseCatalog.standard());
    }

    /** As {@link #start(String, int)}, recognising charges in {@code catalog}. */
    public static WebServer start(String bind, int port, OffenseCatalog catalog) throws IOException {
        InetAddress address = InetAddress.getByName(bind);
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 0);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        http.setExecutor(workers);
        WebServer web = new WebServer(http, workers, address.isLoopbackAddress(), catalog);
        http.start();
        return web;
    }

    /** The address to open in a browser. */
    public URI uri() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(HttpExchange exchange) {
        Call call = new Call(exchange, catalog);
        InetAddress client = exchange.getRemoteAddress().getAddress();
        AtomicInteger inFlight = perClient.computeIfAbsent(client, a -> new AtomicInteger());
        try {
            if (inFlight.incrementAndGet() > PER_CLIENT) {
                throw new ApiException(503, "", "demasiadas peticiones a la vez desde esta dirección; espere a que "
                        + "terminen", "too many requests at once from this address; wait for them to finish");
            }
            route(call).handle(call);
        } catch (ApiException e) {
            reply(call, e.status(), e);
        } catch (InvalidCaseException e) {
            reply(call, 400, ApiException.of(e));
        } catch (LawLoadException e) {
            reply(call, 400, ApiException.badRequest("law", e.getMessage(), e.getMessage()));
        } catch (IOException | RuntimeException e) {
            // Only the kind of failure is told: its message might quote the case.
            reply(call, 500, new ApiException(500, "", "error interno (" + e.getClass().getSimpleName() + ")",
                    "internal error (" + e.getClass().getSimpleName() + ")"));
        } finally {
            inFlight.decrementAndGet();
            call.close();
        }
    }

    private Route route(Call call) {
        if (loopbackOnly && !LOOPBACK_HOSTS.contains(hostName(call.host()))) {
            // A page elsewhere could reach a loopback server through a DNS name of its own (rebinding).
            throw new ApiException(403, "Host", "solo se atienden peticiones a localhost o 127.0.0.1",
                    "only requests to localhost or 127.0.0.1 are served");
        }
        refuseOtherOrigins(call);
        String path = call.path();
        String key = call.method().toUpperCase(Locale.ROOT) + " " + path;
        Route exact = routes.get(key);
        if (exact != null) {
            return exact;
        }
        boolean known = routes.keySet().stream().anyMatch(k -> k.endsWith(" " + path));
        if (known) {
            throw new ApiException(405, "", "método no admitido: " + call.method(), "method not allowed: " + call.method());
        }
        if ("GET".equalsIgnoreCase(call.method())) {
            return routes.get("GET /");
        }
        throw new ApiException(404, "", "no existe " + path, "no such resource " + path);
    }

    /**
     * Any web page the lawyer visits could make the browser post here. A browser names the page it
     * acts for in {@code Origin} (and {@code Sec-Fetch-Site}): only this server's own page is
     * served. A preflight is refused, and an API post must declare a type no form sends unasked,
     * so a cross-origin script would have to preflight, and be refused, first.
     */
    private static void refuseOtherOrigins(Call call) {
        String origin = call.header("Origin");
        boolean foreign = (origin != null && !origin.equalsIgnoreCase("http://" + call.host()))
                || "cross-site".equalsIgnoreCase(call.header("Sec-Fetch-Site"));
        if (foreign || "OPTIONS".equalsIgnoreCase(call.method())) {
            throw new ApiException(403, "Origin", "solo se atiende a la página de este mismo servidor",
                    "only this server's own page is served");
        }
        if ("POST".equalsIgnoreCase(call.method()) && call.path().startsWith("/api/")) {
            String type = call.contentType();
            if (call.path().equals("/api/check") ? !type.equals("application/json") : UNASKED_TYPES.contains(type)) {
                throw new ApiException(415, "Content-Type", "tipo de contenido no admitido «" + type + "»: "
                        + (call.path().equals("/api/check") ? "use application/json" : "use text/csv o application/x-ndjson"),
                        "unsupported content type «" + type + "»: " + (call.path().equals("/api/check")
                                ? "use application/json" : "use text/csv or application/x-ndjson"));
            }
        }
    }

    private static String hostName(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return (colon < 0 ? host : host.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    private static void reply(Call call, int status, ApiException error) {
        if (call.replied()) {
            return; // a streamed reply already started: the connection just ends
        }
        try {
            call.sendJson(status, error.toJson());
        } catch (IOException ignored) {
            // the client went away
        }
    }
}
