package org.amnistia.cli;

import org.amnistia.roster.ColumnMap;
import org.amnistia.roster.ColumnMapException;
import org.amnistia.roster.ColumnMapFile;
import org.amnistia.roster.ColumnProposal;
import org.amnistia.roster.DateOrder;
import org.amnistia.roster.RosterFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code amnistia columnas ROSTER}: reads an NGO sheet's header and first rows and proposes its
 * column map ({@link ColumnProposal}), commented, with every doubt it has; {@code batch},
 * {@code compare} and the page take it with {@code --columns}.
 */
@Command(name = "columnas", aliases = "columns", mixinStandardHelpOptions = true,
        description = {"Propone el mapa de columnas de la hoja de una ONG (CSV o XLSX): a qué dato va cada columna, qué "
                + "quiere decir cada palabra, el orden de las fechas, los cargos sin código y las dudas.",
                "Proposes the column map of an NGO's sheet: each column's field, what its words mean, the date order, "
                + "the charges with no code, and every doubt."},
        exitCodeListHeading = "%nCódigos de salida / Exit codes:%n",
        exitCodeList = {"0:propuesto / proposed", "1:error interno / internal error",
                "2:la hoja o el mapa no se pueden leer / the sheet or the map cannot be read"})
public class ColumnsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ROSTER", description = "La hoja: .csv o .xlsx. / The sheet.")
    Path roster;

    @Option(names = {"-o", "--output"}, paramLabel = "MAPA.yaml", description = "Dónde escribir el mapa (por defecto, la "
            + "salida estándar). / Where to write the map (default: standard output).")
    Path output;

    @Option(names = "--rows", paramLabel = "N", description = "Filas que leer tras la cabecera (por defecto 500). / Rows "
            + "read after the header (default 500).")
    int rows = 500;

    @Option(names = "--sheet", paramLabel = "HOJA", description = "La hoja del libro (por defecto la primera). / The "
            + "workbook's sheet.")
    String sheet;

    @Option(names = "--date-order", paramLabel = "dmy|mdy|ymd", description = "El orden de las fechas, si ya se sabe. / "
            + "The date order, when known.")
    String dateOrder;

    @Option(names = "--columns", paramLabel = "MAPA.yaml", description = "Un mapa ya escrito, para revisarlo contra la "
            + "hoja. / A map already written, to check it against the sheet.")
    Path columns;

    @Mixin
    AliasOption aliases;

    @Mixin
    LangOption lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        UsageException.atLeast("--rows", rows, 1);
        ColumnMap map;
        try {
            map = columns == null ? ColumnMap.NONE : ColumnMapFile.read(columns);
        } catch (ColumnMapException e) {
            throw new UsageException(e.message(lang.lang));
        }
        if (dateOrder != null) {
            DateOrder order = DateOrder.parse(dateOrder);
            if (order == null) {
                throw new UsageException("--date-order: «" + dateOrder + "» no es un orden | is not an order (dmy, mdy, ymd)");
            }
            map = map.withOrder(order);
        }
        ColumnProposal proposal;
        try {
            proposal = ColumnProposal.of(roster, map.withSheet(sheet), aliases.catalog(lang.lang), rows);
        } catch (RosterFileException e) {
            throw new UsageException(e.message(lang.lang));
        }
        try (Writer out = output == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            proposal.write(out);
        }
        boolean en = "en".equals(lang.lang);
        long fields = proposal.columns().stream().filter(c -> c.field() != null).count();
        PrintWriter err = spec.commandLine().getErr();
        err.printf("amnistia: %d %s, %d %s · %d %s%s%n", proposal.columns().size(), en ? "columns" : "columnas",
                fields, en ? "read as fields" : "leídas como datos", proposal.doubts().size(), en ? "doubts" : "dudas",
                output == null ? "" : (en ? " · map in " : " · mapa en ") + output);
        for (ColumnProposal.Doubt d : proposal.doubts()) {
            err.println("  - " + (en ? d.en() : d.es()));
        }
        return ExitCodes.OK;
    }
}
