package org.amnistia.law;

/**
 * One rule of a resolved version as it is written: its name, its {@code @articulo}, the file and line
 * where it starts, and its text from {@code rule} to {@code end}. {@code file}, {@code start} and
 * {@code end} locate it in {@link LawVersion#files()}, so that a version built on this one can blank
 * it out when it replaces or repeals it.
 */
public record RuleSource(String name, String article, String label, int line, String text, int file, int start, int end) {

    /** {@code rules/ley-2026/hechos.drl:188}, for messages. */
    public String where() {
        return label + ":" + line;
    }
}
