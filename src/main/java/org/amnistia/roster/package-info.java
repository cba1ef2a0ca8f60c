/**
 * Whole rosters, streamed in constant memory: CSV, XLSX and JSONL readers that turn every row into a
 * case or a reject — an NGO's own sheet read with its column names, dates and words, through a column
 * map it keeps and {@code amnistia columnas} proposes — the parallel run that evaluates them in input
 * order, the verdict and reject writers, the NGO's sheet given back with the verdict columns added,
 * the summary, the progress bar and a generator of synthetic rosters of fictional people.
 */
package org.amnistia.roster;
