package org.amnistia.cli;

import org.amnistia.roster.Progress;
import org.amnistia.roster.RejectsWriter;
import org.amnistia.roster.RosterFileException;
import org.amnistia.roster.RosterFormat;
import org.amnistia.roster.RosterReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;

/** The roster, its format, the rejects file, threads and progress: shared by {@code batch} and {@code compare}. */
public class RosterOptions {

    @Parameters(index = "0", paramLabel = "ROSTER", description = "Nómina .csv o .jsonl (- = entrada estándar, con --format).")
    String roster;

    @Option(names = "--format", paramLabel = "csv|jsonl", description = "Formato de la nómina cuando no se deduce de "
            + "la extensión (obligatorio con -). / Roster format when the extension does not tell.")
    RosterFormat format;

    @Option(names = "--rejects", paramLabel = "FILE", description = "CSV de filas rechazadas (fila, id, campo, motivo). "
            + "/ Rejected rows.")
    Path rejects;

    @Option(names = "--threads", paramLabel = "N", description = "Hilos de evaluación (por defecto: núcleos). / Threads.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", description = "Muestra la barra de progreso aunque la salida no sea una terminal. "
            + "/ Show the progress bar even when not on a terminal.")
    boolean forceProgress;

    /** The evaluation threads asked for; fewer than one is a usage error. */
    int threads() {
        return (int) UsageException.atLeast("--threads", threads, 1);
    }

    /** Opens the roster; a file that cannot be read at all is a usage error (exit 2) naming it. */
    RosterReader open(String lang) {
        return open(roster, format, lang);
    }

    /** Opens a roster a command names ({@code format} {@code null}: by its extension), as {@link #open(String)}. */
    static RosterReader open(String roster, RosterFormat format, String lang) {
        try {
            return RosterReader.open(roster, format);
        } catch (RosterFileException e) {
            throw new UsageException(e.message(lang));
        } catch (IOException e) {
            throw new UsageException(roster + ": " + e.getMessage());
        }
    }

    /** The rejects file, or {@code null} when none was asked for (rejects are then only counted). */
    RejectsWriter openRejects() throws IOException {
        return rejects == null ? null : RejectsWriter.open(rejects);
    }

    Progress progress(String lang) {
        return forceProgress ? new Progress(System.err, true, lang) : Progress.stderr(lang);
    }
}
