/**
 * Whole rosters, streamed in constant memory: CSV and JSONL readers that turn every row into a case
 * or a reject, the parallel run that evaluates them in input order, the verdict and reject writers,
 * the summary, the progress bar and a generator of synthetic rosters of fictional people.
 */
package org.amnistia.roster;
