package org.amnistia.cli;

import org.amnistia.law.LawVersion;
import org.amnistia.law.LawVersions;
import org.amnistia.law.RuleFile;
import org.amnistia.law.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code amnistia propuesta nueva NOMBRE --base L [--numeral 8.12]}: a proposal folder ready to edit,
 * written as an amendment ({@link org.amnistia.law.LawVersions}): its {@code version.yaml} filled in
 * and, for a numeral, only that numeral's rules copied from the base with {@code @reemplaza}, each
 * under its quote of the law. It loads as it is (it changes nothing yet); the printed next steps are
 * the {@code law --diff} and {@code compare} that show what an edit changes.
 */
@Command(name = "propuesta", mixinStandardHelpOptions = true, subcommands = PropuestaCommand.Nueva.class,
        description = {"Propuestas de reforma escritas como enmiendas.", "Reform proposals written as amendments."})
public class PropuestaCommand {

    @Command(name = "nueva", mixinStandardHelpOptions = true,
            description = {"Crea la carpeta de una propuesta sobre una versión: version.yaml y, con --numeral, solo las "
                    + "reglas de ese numeral, listas para editar.", "Creates a proposal folder on a version: version.yaml "
                    + "and, with --numeral, only that numeral's rules, ready to edit."},
            exitCodeListHeading = "%nCódigos de salida / Exit codes:%n",
            exitCodeList = {"0:creada / created", "1:error interno / internal error",
                    "2:uso, base o numeral desconocidos, carpeta existente / bad usage, unknown base or numeral, "
                            + "folder exists"})
    static class Nueva implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NOMBRE", description = "El id de la propuesta y el nombre de su carpeta "
                + "(minúsculas, cifras y guiones). / The proposal's id and folder name.")
        String name;

        @Option(names = "--base", paramLabel = "L", required = true, description = "La versión que la propuesta reforma "
                + "(ley-2026, una versión incluida o una carpeta). / The version the proposal amends.")
        String base;

        @Option(names = "--numeral", paramLabel = "N", description = "Copia solo las reglas que citan este artículo o "
                + "numeral (8.12) de la base, con @reemplaza. / Copies only the base's rules citing this numeral.")
        String numeral;

        @Option(names = "--dir", paramLabel = "CARPETA", defaultValue = ".", description = "Dónde crear la carpeta (por "
                + "defecto, la actual). / Where to create the folder (default: the current one).")
        Path dir;

        @Override
        public Integer call() throws IOException {
            if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new UsageException("«" + name + "»: el nombre va en minúsculas, cifras y guiones (julio-2024-"
                        + "hasta-2025) | the name takes lower-case letters, digits and hyphens");
            }
            Path folder = dir.resolve(name);
            if (Files.exists(folder)) {
                throw new UsageException(folder + ": ya existe; elija otro nombre o bórrela | already exists");
            }
            LawVersion from = LawVersions.load(base);
            Map<String, List<RuleSource>> byTopic = numeralRules(from);
            Files.createDirectories(folder);
            String baseName = LawVersions.isShipped(base) ? base : dir.toAbsolutePath().relativize(Path.of(base)
                    .toAbsolutePath()).toString();
            Files.writeString(folder.resolve("version.yaml"), versionYaml(from, baseName), StandardCharsets.UTF_8);
            List<String> written = new ArrayList<>(List.of("version.yaml"));
            for (Map.Entry<String, List<RuleSource>> topic : byTopic.entrySet()) {
                Files.writeString(folder.resolve(topic.getKey()), drl(from, topic.getKey(), topic.getValue()),
                        StandardCharsets.UTF_8);
                written.add(topic.getKey() + " (" + topic.getValue().size() + (topic.getValue().size() == 1 ? " regla / rule"
                        : " reglas / rules") + ")");
            }
            LawVersions.load(folder.toString()); // what it wrote loads: every check a proposal meets
            PrintWriter out = spec.commandLine().getOut();
            out.println("Propuesta creada en " + folder + " / Proposal created in " + folder + ":");
            written.forEach(w -> out.println("  " + w));
            out.println();
            out.println(numeral == null
                    ? "Escriba en un .drl del tema (hechos.drl…) las reglas que añade o reemplaza, y en version.yaml, bajo "
                    + "«deroga», las que quita. / Write the rules it adds or replaces in a topic .drl, and list under "
                    + "«deroga» those it repeals."
                    : "Edite las reglas del " + numeral + " (con @reemplaza reemplazan a las de la base por su nombre; "
                    + "si cambia el nombre, quite @reemplaza y derogue la de la base en version.yaml). / Edit the "
                    + numeral + " rules (with @reemplaza they replace the base's by name; renamed, drop @reemplaza and "
                    + "repeal the base's in version.yaml).");
            out.println();
            out.println("Siguientes pasos / Next steps:");
            out.println("  ./amnistia law --law " + folder + " --diff");
            out.println("  ./amnistia compare NÓMINA.csv --law " + base + " --law " + folder + " -o cambios.csv "
                    + "--near 7 --report informe.html");
            out.flush();
            return ExitCodes.OK;
        }

        /** The base's rules citing {@link #numeral}, by topic file; empty without a numeral. */
        private Map<String, List<RuleSource>> numeralRules(LawVersion from) {
            Map<String, List<RuleSource>> out = new LinkedHashMap<>();
            if (numeral == null) {
                return out;
            }
            for (RuleSource rule : from.rules()) {
                if (rule.article().equals(numeral)) {
                    out.computeIfAbsent(from.files().get(rule.file()).name(), k -> new ArrayList<>()).add(rule);
                }
            }
            if (out.isEmpty()) {
                String known = from.rules().stream().map(RuleSource::article).filter(a -> a.contains("."))
                        .collect(Collectors.toCollection(() -> new TreeSet<>(org.amnistia.engine.ArticleOrder.INSTANCE)))
                        .toString();
                throw new UsageException("--numeral " + numeral + ": ninguna regla de «" + from.id() + "» cita ese "
                        + "numeral (citan: " + known + ") | no rule of the base cites that numeral");
            }
            return out;
        }

        private String versionYaml(LawVersion from, String baseName) {
            String what = numeral == null ? "" : "el numeral " + numeral;
            return """
                    # PROPUESTA sobre %1$s. Diga aquí qué cambia y por qué, como lo diría el texto de la reforma
                    # («modifíquese %2$s…»). Una regla de un .drl de esta carpeta con el nombre de una regla de la base
                    # la REEMPLAZA (márquela @reemplaza); una regla con un nombre nuevo se AÑADE; un nombre de la base
                    # listado bajo «deroga» se DEROGA. Vea lo que cambia: amnistia law --law CARPETA --diff.
                    id: %3$s
                    titulo: "Propuesta: %4$s"
                    estado: propuesta           # promulgada | proyecto | propuesta
                    fuente: "(quién la propone y dónde está su texto)"
                    fecha: %5$s
                    base: %6$s
                    deroga: []                 # - "Art. 8.12 — …" (el nombre exacto de una regla de la base)
                    """.formatted(from.id(), what.isEmpty() ? "el artículo …" : what, name,
                    numeral == null ? "(qué cambia)" : "el numeral " + numeral + " (qué cambia)",
                    LocalDate.now(ZoneId.of("America/Caracas")), baseName);
        }

        /** The topic file: a header, the base file's package and imports, and each rule under its quote, with @reemplaza. */
        private String drl(LawVersion from, String topic, List<RuleSource> rules) {
            RuleFile source = from.files().get(rules.get(0).file());
            StringBuilder out = new StringBuilder();
            out.append("// Art. ").append(numeral).append(" — propuesta ").append(name)
                    .append(" (ver su version.yaml): las reglas de ").append(source.label())
                    .append(" que citan este numeral, para editar.\n");
            out.append("// Con @reemplaza cada regla reemplaza a la de la base que lleva su nombre exacto.\n");
            source.text().lines().filter(l -> l.startsWith("package ") || l.startsWith("import "))
                    .forEach(l -> out.append(l).append('\n'));
            for (RuleSource rule : rules) {
                out.append('\n').append(quoteAbove(source.text(), rule.start()));
                out.append(rule.text().replaceFirst("\n(\\s*)@", "\n$1@reemplaza @")).append('\n');
            }
            return out.toString();
        }

        /** The comment lines right above a rule in its file: its quote of the law. */
        private static String quoteAbove(String text, int start) {
            List<String> lines = new ArrayList<>(List.of(text.substring(0, start).split("\n", -1)));
            lines.remove(lines.size() - 1);
            int first = lines.size();
            while (first > 0 && lines.get(first - 1).startsWith("//")) {
                first--;
            }
            return lines.subList(first, lines.size()).stream().map(l -> l + "\n").collect(Collectors.joining());
        }
    }
}
