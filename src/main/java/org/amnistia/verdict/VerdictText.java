package org.amnistia.verdict;

import org.amnistia.casefile.CaseFile;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;

/** A verdict as readable text for a lawyer at the terminal, in Spanish or English. */
public final class VerdictText {

    private static final int WIDTH = 100;

    private VerdictText() {
    }

    /**
     * The verdict with the facts it rests on restated first, so a printed verdict can be checked
     * against its file. The articles are labelled for what they are: «applied» only when the case
     * is covered; otherwise the articles that decide, with every article examined beside them.
     */
    public static String render(Verdict v, CaseFile file, LocalDate evaluatedOn, String lang) {
        Messages ui = Messages.ui(lang);
        boolean en = "en".equalsIgnoreCase(lang);
        StringBuilder out = new StringBuilder();
        out.append(ui.format("verdict." + v.verdict().name())).append("  (").append(v.verdict()).append(")\n");
        out.append(ui.format("label.case")).append(": ").append(v.caseId()).append("   ")
                .append(ui.format("label.law")).append(": ").append(v.law()).append("   ")
                .append(ui.format("label.reading")).append(": ").append(ui.format("reading." + v.reading())).append('\n');
        String articles = v.verdict() == Decision.ELIGIBLE ? "label.articles" : "label.articles.deciding";
        out.append(ui.format(articles)).append(": ").append(String.join(", ", v.articles())).append('\n');
        out.append(ui.format("label.articles.examined")).append(": ")
                .append(String.join(", ", v.articlesExamined())).append("\n\n");

        out.append(ui.format("facts.title")).append(":\n");
        for (FactsText.Line line : FactsText.of(file, evaluatedOn, lang)) {
            String head = String.format("  %-40s ", line.label() + ":");
            wrap(out, head, line.value(), head.length());
        }
        out.append('\n');

        out.append(ui.format("label.findings")).append(":\n");
        for (Verdict.Finding f : v.findings()) {
            String head = String.format("  %-9s %-9s ", "Art. " + f.article(), f.outcome());
            wrap(out, head, en ? f.en() : f.es());
        }
        if (!v.doubts().isEmpty()) {
            out.append('\n').append(ui.format("label.doubts")).append(":\n");
            for (String d : v.doubts()) {
                Decision other = v.alternatives().get(d);
                wrap(out, "  ", ui.format("duda." + d)
                        + (other == null ? "" : " → " + ui.format("label.other_reading") + ": " + other));
            }
        }
        if (!v.missing().isEmpty()) {
            out.append('\n').append(ui.format("label.missing")).append(":\n");
            for (Verdict.Missing m : v.missing()) {
                wrap(out, "  - " + m.fact() + ": ", en ? m.en() : m.es());
            }
        }
        if (!v.obligations().isEmpty()) {
            out.append('\n').append(ui.format("label.obligations")).append(":\n");
            for (Verdict.Obligation o : v.obligations()) {
                wrap(out, "  - [Art. " + o.article() + "] ", en ? o.en() : o.es());
            }
        }
        out.append('\n');
        wrap(out, "", ui.format("disclaimer"));
        return out.toString();
    }

    /** Writes {@code text} after {@code head}, wrapped at the page width and indented under itself. */
    static void wrap(StringBuilder out, String head, String text) {
        wrap(out, head, text, Math.min(head.length(), 24));
    }

    private static void wrap(StringBuilder out, String head, String text, int indentWidth) {
        String indent = " ".repeat(indentWidth);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(head);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > head.length()) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(indent);
            }
            line.append(word).append(' ');
        }
        lines.add(line.toString().stripTrailing());
        for (String l : lines) {
            out.append(l).append('\n');
        }
    }
}
