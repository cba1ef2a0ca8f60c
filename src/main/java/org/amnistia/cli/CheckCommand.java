package org.amnistia.cli;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.casefile.InvalidCaseException;
import org.amnistia.engine.Engine;
import org.amnistia.verdict.Verdict;
import org.amnistia.verdict.VerdictText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code amnistia check CASE.json}: one case, a readable verdict with its citations, or its JSON. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Evalúa un caso y explica el veredicto con los artículos aplicados.",
                "Evaluates one case and explains the verdict with the articles applied."},
        exitCodeListHeading = "%nCódigos de salida / Exit codes:%n",
        exitCodeList = {"0:evaluado (cualquier veredicto) / evaluated", "1:error interno / internal error",
                "2:uso o caso inválido (nombra el campo) / bad usage or invalid case (names the field)"})
public class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "El caso (JSON de docs/spec/formato-caso.md); - para la entrada estándar.")
    String caseFile;

    @Option(names = "--json", description = "Imprime el veredicto en JSON (docs/spec/formato-caso.md). / Print the verdict as JSON.")
    boolean json;

    @Mixin
    LawOptions law;

    @Mixin
    LangOption lang;

    @Mixin
    AliasOption aliases;

    @Override
    public Integer call() throws Exception {
        CaseFile file;
        try {
            file = CaseJson.parse(InputFiles.readText(caseFile, System.in));
        } catch (InvalidCaseException e) {
            String message = "en".equals(lang.lang) ? e.en() : e.es();
            boolean named = e.field().isEmpty() || message.contains("«" + e.field() + "»");
            throw new UsageException(caseFile + ": " + (named ? "" : e.field() + ": ") + message);
        }
        Engine engine = aliases.apply(law.engine(), lang.lang);
        Verdict verdict = engine.evaluate(file, law.reading());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CaseJson.pretty(verdict));
        } else {
            out.print(VerdictText.render(verdict, file, engine.runDate(), lang.lang));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
