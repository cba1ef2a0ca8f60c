package org.amnistia.law;

/**
 * One DRL file as a version compiles it: {@code label} names it in messages (its folder and file:
 * {@code rules/ley-2026/hechos.drl}, or the path of a proposal on disk), {@code name} is its topic
 * ({@code hechos.drl}), and {@code text} keeps every line where it was written, a rule that a later
 * version replaced or repealed blanked out in place.
 */
public record RuleFile(String label, String name, String text) {
}
