package org.amnistia.cli;

import org.amnistia.offense.OffenseCatalog;
import org.amnistia.roster.ColumnMap;
import org.amnistia.roster.ColumnMapException;
import org.amnistia.roster.ColumnMapFile;
import org.amnistia.roster.DateOrder;
import org.amnistia.roster.Progress;
import org.amnistia.roster.RejectsWriter;
import org.amnistia.roster.RosterEncoding;
import org.amnistia.roster.RosterFileException;
import org.amnistia.roster.RosterFormat;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The roster, its format, how an NGO's sheet is read (column map, date order, sheet), the rejects
 * file, threads and progress: shared by {@code batch} and {@code compare}.
 */
public class RosterOptions {

    @Parameters(index = "0", paramLabel = "ROSTER", description = "Nómina .csv, .xlsx o .jsonl (- = entrada estándar, con --format).")
    String roster;

    @Option(names = "--format", paramLabel = "csv|jsonl", description = "Formato de la nómina cuando no se deduce de "
            + "la extensión (obligatorio con -). / Roster format when the extension does not tell.")
    RosterFormat format;

    @Option(names = "--encoding", paramLabel = "utf-8|utf-16|windows-1252", description = "Codificación de una nómina "
            + "CSV o JSONL (por defecto se deduce de los bytes: marca de orden de bytes, si no UTF-8 si sus bytes lo son, si no "
            + "Windows-1252). / A text roster's encoding (default: told from its bytes).")
    String encoding;

    @Option(names = "--columns", paramLabel = "MAPA.yaml", description = "Mapa de columnas de la hoja de la ONG (sección "
            + "«columnas:»; lo propone «amnistia columnas»). Puede ser el mismo archivo que --aliases. / The NGO sheet's "
            + "column map; may be the same file as --aliases.")
    Path columns;

    @Option(names = "--date-order", paramLabel = "dmy|mdy|ymd", description = "Orden de las fechas escritas con números "
            + "(por defecto dmy, día/mes/año, el uso venezolano). / Order of numeric dates (default day/month/year).")
    String dateOrder;

    @Option(names = "--sheet", paramLabel = "HOJA", description = "La hoja del libro .xlsx (por defecto la primera). "
            + "/ The workbook's sheet (default: the first).")
    String sheet;

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

    /**
     * Opens the roster as an NGO's sheet is read (column map, date order, sheet), its charges split with
     * {@code catalog}; {@code keepCells}: each row keeps its cells for the annotated sheet. A roster or
     * a map that cannot be read at all is a usage error (exit 2) naming it.
     */
    RosterReader open(String lang, OffenseCatalog catalog, boolean keepCells) {
        RosterEncoding forced = encoding(encoding);
        RosterReader reader = open(roster, format, new RosterSettings(columnMap(lang), catalog, keepCells, forced), lang);
        RosterEncoding read = reader.encoding();
        if (read != null && read != RosterEncoding.UTF_8 && forced == null) {
            System.err.println("en".equals(lang)
                    ? roster + ": read as " + read.code() + " (told from its bytes; --encoding forces another)"
                    : roster + ": leída como " + read.code() + " (deducido de sus bytes; --encoding fuerza otra)");
        }
        return reader;
    }

    /** The encoding {@code --encoding} names, {@code null} when not given; an unknown one is a usage error. */
    static RosterEncoding encoding(String name) {
        if (name == null) {
            return null;
        }
        RosterEncoding e = RosterEncoding.parse(name);
        if (e == null) {
            throw new UsageException("--encoding: «" + name + "» no es una codificación admitida | is not a supported encoding "
                    + "(utf-8, utf-16, windows-1252)");
        }
        return e;
    }

    /** Opens a roster a command names ({@code format} {@code null}: by its extension). */
    static RosterReader open(String roster, RosterFormat format, String lang) {
        return open(roster, format, RosterSettings.DEFAULT, lang);
    }

    private static RosterReader open(String roster, RosterFormat format, RosterSettings settings, String lang) {
        try {
            return RosterReader.open(roster, format, settings);
        } catch (RosterFileException e) {
            throw new UsageException(e.message(lang));
        } catch (IOException e) {
            throw new UsageException(roster + ": " + e.getMessage());
        }
    }

    /** The column map of {@code --columns}, with {@code --date-order} and {@code --sheet} over it. */
    ColumnMap columnMap(String lang) {
        DateOrder order = null;
        if (dateOrder != null) {
            order = DateOrder.parse(dateOrder);
            if (order == null) {
                throw new UsageException("--date-order: «" + dateOrder + "» no es un orden | is not an order ("
                        + "dmy, mdy, ymd)");
            }
        }
        try {
            ColumnMap map = columns == null ? ColumnMap.NONE : ColumnMapFile.read(columns);
            return map.withOrder(order).withSheet(sheet);
        } catch (ColumnMapException e) {
            throw new UsageException(e.message(lang));
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
