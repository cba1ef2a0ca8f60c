package org.amnistia.cli;

import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.engine.Reading;
import org.amnistia.law.CoverageFigures;
import org.amnistia.law.EncodedLaw;
import org.amnistia.law.LawDiff;
import org.amnistia.law.LawVersions;
import org.amnistia.law.NumeralWindows;
import org.amnistia.roster.RosterReader;
import org.amnistia.verdict.Messages;
import org.amnistia.web.ConductDensity;
import org.amnistia.web.LawJson;
import org.amnistia.web.TimelineSvg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code amnistia law}: the law as encoded, read back from its rules: the temporal scope, the
 * Art. 8 numerals with both readings' bounds, the rules with their articles and doubts, and the
 * coverage figures of docs/ley/cifras.md per reading; or, with {@code --diff}, what a version
 * changes against its base or another version ({@link LawDiff}).
 */
@Command(name = "law", mixinStandardHelpOptions = true,
        description = {"Muestra la ley codificada: numerales con sus ventanas en ambas lecturas, reglas, dudas y "
                + "cifras de cobertura.", "Shows the encoded law: numerals with both readings' windows, rules, doubts "
                + "and coverage figures."})
public class LawCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--law", paramLabel = "L", defaultValue = LawVersions.DEFAULT,
            description = "Versión de la ley o carpeta de una propuesta. / Law version or proposal folder.")
    String law;

    @Option(names = "--reading", paramLabel = "R",
            description = "Solo las cifras de esta lectura (favourable | strict); por defecto ambas. / Only this reading's figures.")
    String reading;

    @Option(names = "--json", description = "Salida JSON. / JSON output.")
    boolean json;

    @Option(names = "--svg", paramLabel = "FILE", description = "Dibuja en FILE (- = salida estándar) la línea de tiempo "
            + "1999–2026: ámbito temporal y ventanas del Art. 8 en ambas lecturas. / Draws the 1999–2026 timeline of the "
            + "windows into FILE.")
    String svg;

    @Option(names = "--roster", paramLabel = "ROSTER", description = "Con --svg: añade las fechas de conducta de esta "
            + "nómina (.csv o .jsonl) como franja de densidad por mes, para ver quién cae fuera de las ventanas. / With "
            + "--svg: adds this roster's conduct dates as a monthly density strip.")
    String roster;

    @Option(names = "--diff", description = "Lo que la versión cambia frente a su base (o frente a --against): ventanas "
            + "que se mueven, con los días ganados o perdidos, exclusiones, dudas y reglas reemplazadas, derogadas y "
            + "añadidas, en ambas lecturas. / What the version changes against its base (or --against), both readings.")
    boolean diff;

    @Option(names = "--against", paramLabel = "OTHER", description = "Con --diff: la versión con que se compara, en vez "
            + "de su base. / With --diff: the version compared with, instead of its base.")
    String against;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws Exception {
        if (roster != null && svg == null) {
            throw new UsageException("--roster solo sirve con --svg | --roster needs --svg");
        }
        if (against != null && !diff) {
            throw new UsageException("--against solo sirve con --diff | --against needs --diff");
        }
        if (diff) {
            return printDiff();
        }
        EncodedLaw encoded = LawProbe.describe(Engine.load(law));
        if (svg != null) {
            return drawTimeline(encoded);
        }
        List<Reading> readings = reading == null ? List.of(Reading.values()) : List.of(ReadingArgument.parse(reading));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CaseJson.pretty(LawJson.of(encoded, readings)));
        } else {
            out.print(text(encoded, readings, Messages.ui(lang.lang)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int printDiff() {
        if (svg != null || reading != null) {
            throw new UsageException("--diff compara ambas lecturas, en texto o --json | --diff compares both readings, "
                    + "as text or --json");
        }
        Engine proposal = Engine.load(law);
        String other = against != null ? against : LawVersions.baseOf(proposal.rules().version());
        if (other == null) {
            throw new UsageException("--diff: «" + proposal.law() + "» no tiene base; indique --against OTRA | has no "
                    + "base; give --against OTHER");
        }
        LawDiff changes = LawDiff.of(LawProbe.side(Engine.load(other)), LawProbe.side(proposal));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? CaseJson.pretty(changes) + "\n" : changes.toText(lang.lang));
        out.flush();
        return ExitCodes.OK;
    }

    private int drawTimeline(EncodedLaw encoded) throws IOException {
        String picture = TimelineSvg.render(encoded, lang.lang, null, roster == null ? null : density());
        if ("-".equals(svg)) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(picture);
            out.flush();
        } else {
            try (OutputFiles files = new OutputFiles(roster == null || "-".equals(roster) ? null : Path.of(roster))) {
                Files.writeString(files.target("--svg", Path.of(svg)), picture, StandardCharsets.UTF_8);
                files.commit();
            }
        }
        return ExitCodes.OK;
    }

    private ConductDensity density() {
        try (RosterReader reader = RosterOptions.open(roster, null, lang.lang)) {
            return ConductDensity.read(reader);
        } catch (IOException e) {
            throw new UsageException(roster + ": " + e.getMessage());
        }
    }

    private static String text(EncodedLaw e, List<Reading> readings, Messages ui) {
        StringBuilder out = new StringBuilder();
        out.append(ui.format("law.title")).append(": ").append(e.law()).append(" — ").append(e.title()).append('\n');
        out.append(ui.format("law.status")).append(": ").append(e.status()).append("   ")
                .append(ui.format("law.source")).append(": ").append(e.source()).append("\n\n");
        out.append(ui.format("law.scope")).append(": ").append(ui.format("law.favourable")).append(' ')
                .append(e.scopeFavourable()).append(" · ").append(ui.format("law.strict")).append(' ')
                .append(e.scopeStrict()).append("\n\n");
        out.append(ui.format("law.numerals")).append(":\n");
        out.append(String.format("  %-6s %-10s %-50s %-26s %s%n", "", "", ui.format("law.favourable"),
                ui.format("law.strict"), ""));
        for (NumeralWindows n : e.numerals()) {
            String strict = n.strict().equals(n.favourable()) ? "=" : NumeralWindows.Span.join(n.strict());
            out.append(String.format("  %-6s %-10s %-50s %-26s %s%n", n.numeral(),
                    ui.format(n.byEvent() ? "law.by_event" : "law.by_date"), NumeralWindows.Span.join(n.favourable()), strict,
                    String.join(" ", n.doubts())));
        }
        out.append('\n').append(ui.format("law.figures")).append(":\n");
        for (Reading r : readings) {
            CoverageFigures f = e.figures(r == Reading.STRICT);
            out.append("  ").append(ui.format(r == Reading.STRICT ? "law.strict" : "law.favourable")).append(":\n");
            out.append("    ").append(f.daysPerNumeral().entrySet().stream()
                    .map(x -> x.getKey() + "=" + x.getValue()).collect(Collectors.joining("  "))).append('\n');
            line(out, ui.format("law.by_date_days"), f.byDateDays() + " " + ui.format("law.days"));
            line(out, ui.format("law.all_days_sum"), f.allDaysSum() + " " + ui.format("law.days"));
            line(out, ui.format("law.all_days_union"), f.allDaysUnion() + " " + ui.format("law.days"));
            line(out, ui.format("law.months_touched"), f.monthsTouched() + " (" + ui.format("law.by_date")
                    + ": " + f.byDateMonthsTouched() + ")");
            line(out, ui.format("law.whole_months"), f.wholeMonths() + " (" + ui.format("law.by_date")
                    + ": " + f.byDateWholeMonths() + ")");
            line(out, ui.format("law.years_touched"), f.yearsTouched().size() + " " + f.yearsTouched());
        }
        out.append('\n').append(ui.format("law.rules")).append(" (").append(e.rules().size()).append("):\n");
        for (EncodedLaw.RuleLine r : e.rules()) {
            out.append(String.format("  %-6s %s%s%n", r.article(), r.name(),
                    r.doubts().isEmpty() ? "" : "  [" + String.join(",", r.doubts()) + "]"));
        }
        out.append('\n').append(ui.format("law.doubts")).append(":\n");
        for (String doubt : e.doubtsRead()) {
            out.append("  ").append(ui.format("duda." + doubt)).append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("    %-55s %s%n", label, value));
    }
}
