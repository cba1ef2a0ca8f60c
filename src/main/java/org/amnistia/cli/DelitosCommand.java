package org.amnistia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.OffenseOutcomes;
import org.amnistia.offense.Explanation;
import org.amnistia.offense.Offense;
import org.amnistia.offense.Recognition;
import org.amnistia.verdict.Messages;
import org.amnistia.web.OffenseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code amnistia delitos [TEXTO]}: the offence catalogue as a table, each code with what the
 * version's Art. 9 does with it under each reading (read from the rules), or, given a charge as a
 * file writes it, how it is recognised and why, with the closest codes when it names none.
 */
@Command(name = "delitos", mixinStandardHelpOptions = true,
        description = {"Sin TEXTO: el catálogo de delitos (código, Art. 9 en cada lectura, duda, norma, nombre). "
                + "Con TEXTO: cómo se reconoce ese cargo y por qué, o los códigos más parecidos.",
                "Without TEXT: the offence catalogue (code, Art. 9 under each reading, doubt, statute, name). "
                        + "With TEXT: how that charge is recognised and why, or the closest codes."})
public class DelitosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TEXTO",
            description = "Un cargo tal como lo escribe el expediente, p. ej. \"Obstrucción de la vía pública\". / "
                    + "A charge as the court file writes it.")
    String text;

    @Option(names = "--buscar", paramLabel = "PALABRAS",
            description = "Solo los códigos cuyo código, nombre, norma o alias contienen estas palabras "
                    + "(sin distinguir mayúsculas ni acentos), p. ej. --buscar COJM. / Only codes whose code, "
                    + "name, statute or alias contain these words.")
    String filter;

    @Option(names = "--excluidos", description = "Solo los códigos que el Art. 9 excluye en alguna lectura. / "
            + "Only codes Art. 9 excludes under some reading.")
    boolean excludedOnly;

    @Option(names = "--json", description = "Salida en JSON. / JSON output.")
    boolean json;

    @Mixin
    LawOptions law;

    @Mixin
    LangOption lang;

    @Mixin
    AliasOption aliases;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (text != null) {
            explain(aliases.catalog(lang.lang).explain(text), out);
        } else {
            table(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private boolean english() {
        return "en".equals(lang.lang);
    }

    private void table(PrintWriter out) {
        List<OffenseOutcomes.Row> rows = OffenseOutcomes.of(law.engine(), aliases.catalog(lang.lang).all()).stream()
                .filter(r -> filter == null || matches(r.offense(), filter))
                .filter(r -> !excludedOnly || r.excludedFavourable() || r.excludedStrict())
                .toList();
        if (json) {
            ArrayNode array = CaseJson.mapper().createArrayNode();
            rows.forEach(r -> {
                ObjectNode o = OffenseJson.offense(array.addObject(), r.offense());
                o.put("art9Favourable", r.excludedFavourable() ? "EXCLUDES" : "NOT_EXCLUDED");
                o.put("art9Strict", r.excludedStrict() ? "EXCLUDES" : "NOT_EXCLUDED");
                r.doubts().forEach(o.putArray("doubts")::add);
            });
            out.println(CaseJson.pretty(array));
            return;
        }
        Messages ui = Messages.ui(lang.lang);
        int codeWidth = rows.stream().mapToInt(r -> r.offense().code().length()).max().orElse(10);
        String line = "%-" + codeWidth + "s %-13s %-13s %-5s %-34s %s%n";
        out.printf(line, ui.format("delitos.code"), ui.format("delitos.favourable"),
                ui.format("delitos.strict"), ui.format("delitos.doubt"), ui.format("delitos.statute"),
                ui.format("delitos.name"));
        for (OffenseOutcomes.Row r : rows) {
            Offense o = r.offense();
            out.printf(line, o.code(), art9(r.excludedFavourable(), ui),
                    art9(r.excludedStrict(), ui), String.join(",", r.doubts()), o.statute(),
                    english() ? o.nameEn() : o.name());
        }
        out.println();
        out.println(ui.format("delitos.count", rows.size(), law.law));
    }

    private static String art9(boolean excluded, Messages ui) {
        return ui.format(excluded ? "delitos.excluded" : "delitos.not_excluded");
    }

    private void explain(Explanation e, PrintWriter out) {
        Recognition r = e.recognition();
        if (json) {
            out.println(CaseJson.pretty(OffenseJson.explanation(e)));
            return;
        }
        Messages ui = Messages.ui(lang.lang);
        out.println(ui.format("delitos.text") + ": «" + e.text() + "»");
        out.println(ui.format("delitos.reduced") + ": " + e.reduced());
        out.println(ui.format("delitos.canonical") + ": " + String.join(" ", e.canonical()));
        switch (r.status()) {
            case RECOGNISED -> {
                Offense o = r.offense();
                out.println(ui.format("delitos.recognised", o.code(), english() ? o.nameEn() : o.name(), o.statute(),
                        o.category()) + (r.attempt() ? " " + ui.format("delitos.attempt") : ""));
            }
            case AMBIGUOUS -> out.println(ui.format("delitos.ambiguous", String.join(", ", r.candidateCodes())));
            case UNRECOGNISED -> {
                out.println(ui.format("delitos.unrecognised"));
                for (Offense c : r.closest()) {
                    out.println("  " + ui.format("delitos.did_you_mean", c.code(), english() ? c.nameEn() : c.name()));
                }
            }
        }
    }

    private static boolean matches(Offense o, String words) {
        String haystack = plain(String.join(" ", o.code(), o.name(), o.nameEn(), o.statute(),
                String.join(" ", o.aliases())));
        for (String word : plain(words).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String plain(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
