package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.law.LawVersions;
import org.amnistia.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code amnistia serve}: the defence lawyer's page and the JSON API on this machine. It binds the
 * loopback address unless told otherwise and runs until stopped (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Sirve la página local para la defensa y la API JSON (POST /api/check, POST /api/batch, "
                + "GET /api/law, GET /api/versions, GET /api/offenses, GET /timeline.svg). No usa la red: todo queda en este equipo.",
                "Serves the local page for the defence and the JSON API. Uses no network: everything stays on "
                        + "this machine."},
        exitCodeListHeading = "%nCódigos de salida / Exit codes:%n",
        exitCodeList = {"1:error interno / internal error",
                "2:no se puede abrir el puerto / the port cannot be opened"},
        footer = {"%nCada petición debe llegar entera (línea, cabeceras y cuerpo) en " + WebServer.REQUEST_SECONDS
                + " s y una conexión inactiva se cierra a los " + WebServer.IDLE_SECONDS + " s, así que un cliente lento no "
                + "bloquea la página. Solo se atiende a la página de este servidor: una petición de otro origen, una "
                + "verificación previa (OPTIONS) o un POST a la API sin tipo JSON/CSV se rechazan (403, 415).",
                "Every request must arrive whole within " + WebServer.REQUEST_SECONDS + " s and an idle connection is "
                        + "closed after " + WebServer.IDLE_SECONDS + " s, so a slow client cannot block the page. Only "
                        + "this server's own page is served: another origin, a preflight or an API post without a "
                        + "JSON/CSV type is refused (403, 415).",
                "%nSigue en marcha hasta Ctrl-C. / Runs until Ctrl-C."})
public class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Puerto (por defecto 8080; 0 = uno libre). / Port (default 8080; 0 = any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Dirección de escucha (por defecto 127.0.0.1: solo este equipo). Otra dirección expone los "
                    + "casos a la red. / Address to listen on (default 127.0.0.1: this machine only).")
    String bind;

    @Mixin
    AliasOption aliases;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws InterruptedException {
        Engine.load(LawVersions.DEFAULT); // compile the law before the first request, not during it
        WebServer server;
        try {
            server = WebServer.start(bind, port, aliases.catalog(lang.lang));
        } catch (BindException e) {
            throw new UsageException(bind + ":" + port + ": el puerto no se puede abrir | the port cannot be opened ("
                    + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UsageException(bind + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        PrintWriter out = spec.commandLine().getOut();
        out.println("amnistia: página en | page at " + server.uri() + "  (Ctrl-C para detener | to stop)");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
